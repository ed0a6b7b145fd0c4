using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// Makes vertices that neighbouring Voronoi cells computed separately (and so differ in the last bits)
/// bit-identical: the first vertex seen, rounded to 1 cm, stands for every later one within 1 mm.
/// </summary>
internal sealed class VertexSnapper
{
    private const double Tolerance = 1e-3;
    private readonly Dictionary<(long, long), List<Coordinate>> _buckets = [];

    public Coordinate Snap(double x, double y)
    {
        var (bx, by) = ((long)Math.Floor(x), (long)Math.Floor(y));
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (_buckets.TryGetValue((bx + dx, by + dy), out var list))
                {
                    foreach (var c in list)
                    {
                        if (Math.Abs(c.X - x) <= Tolerance && Math.Abs(c.Y - y) <= Tolerance)
                        {
                            return c;
                        }
                    }
                }
            }
        }

        var snapped = new Coordinate(Math.Round(x, 2), Math.Round(y, 2));
        if (!_buckets.TryGetValue((bx, by), out var bucket))
        {
            _buckets[(bx, by)] = bucket = [];
        }

        bucket.Add(snapped);
        return snapped;
    }
}
