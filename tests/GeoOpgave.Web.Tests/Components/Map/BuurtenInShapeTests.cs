using GeoOpgave.Core.Crs;
using GeoOpgave.Web.Components.Map;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class BuurtenInShapeTests
{
    [Fact]
    public void Ring_OpenRing_ClosesIt()
    {
        var area = BuurtenInShape.Ring([[4.0, 52.0], [4.1, 52.0], [4.1, 52.1]]);

        Assert.NotNull(area);
        Assert.Equal(0.005, area.Area, 9);
        Assert.Equal(Srid.Wgs84, area.SRID);
    }

    [Fact]
    public void Ring_BowTie_IsRepairedIntoItsTwoTriangles()
    {
        var area = BuurtenInShape.Ring([[4.0, 52.0], [4.2, 52.2], [4.2, 52.0], [4.0, 52.2], [4.0, 52.0]]);

        Assert.NotNull(area);
        Assert.True(area.IsValid);
        Assert.Equal(0.02, area.Area, 9);
    }

    [Fact]
    public void Ring_TwoCorners_IsNull()
    {
        Assert.Null(BuurtenInShape.Ring([[4.0, 52.0], [4.1, 52.0]]));
    }

    [Fact]
    public void Rectangle_Degrees_CoversTheBoxWithDensifiedEdges()
    {
        var rectangle = BuurtenInShape.Rectangle(4.0, 52.0, 4.2, 52.1);

        Assert.Equal(new Envelope(4.0, 4.2, 52.0, 52.1), rectangle.EnvelopeInternal);
        Assert.True(rectangle.NumPoints > 5, "edges are densified so they stay straight enough in RD New");
    }

    [Fact]
    public void MapBounds_NoGeometries_IsNull()
    {
        Assert.Null(MapBounds.Of([]));
    }

    [Fact]
    public void MapBounds_RdNewSquare_ContainsItsCornersInWgs84()
    {
        var square = new WKTReader().Read("POLYGON ((120000 480000, 121000 480000, 121000 481000, 120000 481000, 120000 480000))");

        var bounds = MapBounds.Of([square])!;

        foreach (var corner in square.Coordinates)
        {
            var (lon, lat) = GeometryTransformer.RdNewToWgs84.Transform(corner.X, corner.Y);
            Assert.InRange(lon, bounds.West, bounds.East);
            Assert.InRange(lat, bounds.South, bounds.North);
        }

        Assert.InRange(bounds.East - bounds.West, 0.01, 0.02);
    }
}
