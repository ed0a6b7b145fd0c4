using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace GeoOpgave.Core.Tests;

/// <summary>Small buurten from inline WKT, in RD New.</summary>
internal static class TestAreas
{
    private static readonly WKTReader Reader = new(
        new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992)
    );

    public static Geometry Wkt(string wkt) => Reader.Read(wkt);

    public static Area Buurt(string code, string wkt, string gemeente = "GM9999") =>
        new(code, code, AreaLevel.Buurt, gemeente, "WK" + code[2..8], 2024, Wkt(wkt));

    /// <summary>Two 100 × 100 m buurten side by side: BU..01 west (x 0–100), BU..02 east (x 100–200).</summary>
    public static IReadOnlyList<Area> TwoSquares() =>
    [
        Buurt("BU99990001", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
        Buurt("BU99990002", "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
    ];

    /// <summary>
    /// The areas on packed coordinate sequences, as the GeoPackage reader makes them, every other one reversed
    /// (clockwise shell): packed rings take their own route into the engine's edges.
    /// </summary>
    public static List<Area> Packed(IEnumerable<Area> areas)
    {
        var factory = new GeometryFactory(PackedCoordinateSequenceFactory.DoubleFactory);
        return areas
            .Select((a, i) =>
            {
                var geometry = factory.CreateGeometry(a.Geometry);
                return a with { Geometry = i % 2 == 0 ? geometry : geometry.Reverse() };
            })
            .ToList();
    }
}
