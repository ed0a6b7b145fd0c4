using NetTopologySuite.Algorithm;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Point-in-polygon on raw edge arrays: per area, its edges bucketed into horizontal bands so a test only
/// scans the edges whose y-range can meet the point's ray. The crossing rule is that of NTS's
/// RayCrossingCounter with the same robust orientation predicate, so the answer equals NTS <c>Covers</c>
/// (interior or boundary) bit for bit.
/// </summary>
internal sealed class EdgeBands
{
    private const int EdgesPerBand = 6;
    private readonly double[] _edges;
    private readonly double[] _minY;
    private readonly double[] _bandHeight;
    private readonly int[] _bandCount;
    private readonly int[] _firstBand;
    private readonly int[] _bandStarts;
    private readonly int[] _bandEdges;

    public EdgeBands(PolygonEdges edges, double[] minY, double[] maxY)
    {
        _edges = edges.Coordinates;
        var areas = edges.Count;
        _minY = minY;
        _bandHeight = new double[areas];
        _bandCount = new int[areas];
        _firstBand = new int[areas + 1];
        for (var i = 0; i < areas; i++)
        {
            var n = edges.Starts[i + 1] - edges.Starts[i];
            _bandCount[i] = Math.Clamp(n / EdgesPerBand, 1, 4096);
            _bandHeight[i] = Math.Max((maxY[i] - minY[i]) / _bandCount[i], double.Epsilon);
            _firstBand[i + 1] = _firstBand[i] + _bandCount[i];
        }

        // An area's bands belong to it alone, so the areas are bucketed on all cores without locks, each in edge order.
        var starts = edges.Starts;
        var counts = new int[_firstBand[areas] + 1];
        Parallel.For(0, areas, area => ForEachEdgeBand(starts, area, (band, _) => counts[band + 1]++));
        for (var b = 1; b < counts.Length; b++)
        {
            counts[b] += counts[b - 1];
        }

        _bandStarts = (int[])counts.Clone();
        var bandEdges = new int[counts[^1]];
        Parallel.For(0, areas, area => ForEachEdgeBand(starts, area, (band, edge) => bandEdges[counts[band]++] = edge));
        _bandEdges = bandEdges;
    }

    /// <summary>True when the point lies in the interior or on the boundary of area <paramref name="area"/>.</summary>
    public bool Covers(int area, double x, double y)
    {
        var band = _firstBand[area] + BandOf(area, y);
        var crossings = 0;
        for (var k = _bandStarts[band]; k < _bandStarts[band + 1]; k++)
        {
            var e = _bandEdges[k] * 4;
            double x1 = _edges[e], y1 = _edges[e + 1], x2 = _edges[e + 2], y2 = _edges[e + 3];
            if (x1 < x && x2 < x)
            {
                continue;
            }

            if (x == x2 && y == y2)
            {
                return true;
            }

            if (y1 == y && y2 == y)
            {
                if (x >= Math.Min(x1, x2) && x <= Math.Max(x1, x2))
                {
                    return true;
                }

                continue;
            }

            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y))
            {
                var orientation = CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == 0)
                {
                    return true;
                }

                if (y2 < y1)
                {
                    orientation = -orientation;
                }

                crossings += orientation > 0 ? 1 : 0;
            }
        }

        return (crossings & 1) == 1;
    }

    private int BandOf(int area, double y) =>
        (int)Math.Clamp(Math.Floor((y - _minY[area]) / _bandHeight[area]), 0, _bandCount[area] - 1);

    private void ForEachEdgeBand(int[] starts, int area, Action<int, int> visit)
    {
        for (var edge = starts[area]; edge < starts[area + 1]; edge++)
        {
            double y1 = _edges[(edge * 4) + 1], y2 = _edges[(edge * 4) + 3];
            int from = BandOf(area, Math.Min(y1, y2)), to = BandOf(area, Math.Max(y1, y2));
            for (var b = from; b <= to; b++)
            {
                visit(_firstBand[area] + b, edge);
            }
        }
    }
}
