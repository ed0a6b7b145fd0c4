using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Storage.Tests.TestSupport;

/// <summary>Areas from inline WKT in RD New.</summary>
public static class TestAreas
{
    public const string SquareWithHole =
        "POLYGON ((120000 480000, 121000 480000, 121000 481000, 120000 481000, 120000 480000), " +
        "(120200 480200, 120200 480400, 120400 480400, 120400 480200, 120200 480200))";

    public const string SquareAndTriangle =
        "MULTIPOLYGON (((120000 480000, 121000 480000, 121000 481000, 120000 481000, 120000 480000)), " +
        "((122000.25 480000.125, 123000.5 480000.125, 123000.5 481000.75, 122000.25 480000.125)))";

    public static Geometry Read(string wkt, int srid = Srid.RdNew)
    {
        var geometry = new WKTReader().Read(wkt);
        geometry.SRID = srid;
        return geometry;
    }

    public static Area Gemeente(string code, int year, string wkt = SquareAndTriangle) =>
        new(code, $"Gemeente {code}", AreaLevel.Gemeente, code, null, year, Read(wkt));

    public static Area Buurt(string code, int year, string wkt = SquareWithHole)
    {
        var gemeente = $"GM{code.Substring(2, 4)}";
        var wijk = $"WK{code.Substring(2, 6)}";
        return new(code, $"Buurt {code}", AreaLevel.Buurt, gemeente, wijk, year, Read(wkt));
    }
}
