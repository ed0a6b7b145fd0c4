using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Tests.Spatial;

/// <summary>A size × size grid of 100 m squares in RD New; cell r·size + c has its lower-left corner at (100c,
/// 100r).</summary>
internal static class Grid
{
    public static Geometry[] Squares(int size) =>
        Enumerable.Range(0, size * size)
            .Select(i => TestAreas.Wkt(Square(100 * (i % size), 100 * (i / size))))
            .ToArray();

    private static string Square(int x, int y) => string.Create(
        CultureInfo.InvariantCulture,
        $"POLYGON (({x} {y}, {x + 100} {y}, {x + 100} {y + 100}, {x} {y + 100}, {x} {y}))");
}
