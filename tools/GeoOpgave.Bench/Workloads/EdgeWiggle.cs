using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// The intermediate vertices of one buurt edge, a function of the edge's two end points only (in a fixed
/// order), so both buurten along the edge get exactly the same vertices: 4–33 of them, moved sideways by
/// a smooth random offset of at most 1.5 % of the edge length. Edges on the outer extent stay straight.
/// </summary>
internal static class EdgeWiggle
{
    public static IEnumerable<Coordinate> Between(Coordinate from, Coordinate to, BenchExtent extent)
    {
        var forward = from.X < to.X || (from.X == to.X && from.Y < to.Y);
        var (a, b) = forward ? (from, to) : (to, from);
        var random = new Random(Seed(a, b));
        var count = 4 + random.Next(30);
        var onOuterEdge = (a.X == b.X && (a.X == extent.MinX || a.X == extent.MaxX))
            || (a.Y == b.Y && (a.Y == extent.MinY || a.Y == extent.MaxY));
        var length = a.Distance(b);
        var amplitude = onOuterEdge ? 0 : Math.Min(length * 0.015, 25) * random.NextDouble();
        var phase = random.NextDouble() * Math.PI * 2;
        var (nx, ny) = length > 0 ? (-(b.Y - a.Y) / length, (b.X - a.X) / length) : (0, 0);
        var points = new Coordinate[count];
        for (var j = 0; j < count; j++)
        {
            var t = (j + 1.0) / (count + 1);
            var offset = amplitude * Math.Sin(Math.PI * t) * (0.6 + (0.4 * Math.Sin((3 * Math.PI * t) + phase)));
            points[j] = new Coordinate(
                Math.Round(a.X + ((b.X - a.X) * t) + (nx * offset), 2),
                Math.Round(a.Y + ((b.Y - a.Y) * t) + (ny * offset), 2));
        }

        return forward ? points : points.Reverse();
    }

    private static int Seed(Coordinate a, Coordinate b)
    {
        ulong h = 1469598103934665603;
        foreach (var v in new[] { a.X, a.Y, b.X, b.Y })
        {
            h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(v)) * 1099511628211;
        }

        return (int)(h ^ (h >> 32));
    }
}
