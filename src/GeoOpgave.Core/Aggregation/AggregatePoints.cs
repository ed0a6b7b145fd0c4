using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Points → areas: count, sum, mean, min and max of the value, and counts per class. Each point is
/// counted in exactly one area (see <see cref="AreaIndex.Locate"/>); points outside every area are
/// counted in <see cref="PointAggregationResult.Unassigned"/>.
/// </summary>
public static class AggregatePoints
{
    public static PointAggregationResult Run(IReadOnlyList<Area> areas, IEnumerable<PointObservation> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var index = new AreaIndex(areas);
        var acc = new Accumulator[areas.Count];
        for (var i = 0; i < acc.Length; i++)
        {
            acc[i] = new Accumulator();
        }

        long unassigned = 0;
        foreach (var p in points)
        {
            var i = index.Locate(new Coordinate(p.X, p.Y));
            if (i < 0)
            {
                unassigned++;
                continue;
            }

            acc[i].Add(p);
        }

        var byCode = new Dictionary<string, PointStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < acc.Length; i++)
        {
            byCode[areas[i].Code] = acc[i].ToStatistics();
        }

        return new PointAggregationResult(byCode, unassigned);
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<string, long> _classes = new(StringComparer.Ordinal);
        private long _count;
        private long _valueCount;
        private double _sum;
        private double _min = double.PositiveInfinity;
        private double _max = double.NegativeInfinity;

        public void Add(PointObservation p)
        {
            _count++;
            if (p.Value is { } v && double.IsFinite(v))
            {
                _valueCount++;
                _sum += v;
                _min = Math.Min(_min, v);
                _max = Math.Max(_max, v);
            }

            if (p.Class is { } c)
            {
                _classes[c] = _classes.GetValueOrDefault(c) + 1;
            }
        }

        public PointStatistics ToStatistics() => _valueCount == 0
            ? new PointStatistics(_count, 0, null, null, null, null, _classes)
            : new PointStatistics(_count, _valueCount, _sum, _sum / _valueCount, _min, _max, _classes);
    }
}
