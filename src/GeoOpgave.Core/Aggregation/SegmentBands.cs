using NetTopologySuite.Algorithm;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Crossing-number point-in-polygon over flat segment arrays (x0, y0, x1, y1), with an optional index of
/// horizontal bands for a polygon that is tested many times. Answers null for a point on the boundary.
/// </summary>
internal sealed class SegmentBands
{
    private readonly double[] _xy;
    private readonly double _minY;
    private readonly double _height;
    private readonly int[] _starts;
    private readonly int[] _segments;

    /// <summary>Indexes segments 0..<paramref name="count"/> of <paramref name="xy"/>.</summary>
    public SegmentBands(double[] xy, int count)
    {
        _xy = xy;
        var bands = Math.Clamp(count / 4, 1, 1024);
        double minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (var s = 0; s < count; s++)
        {
            (minY, maxY) = (
                Math.Min(minY, Math.Min(xy[(s * 4) + 1], xy[(s * 4) + 3])),
                Math.Max(maxY, Math.Max(xy[(s * 4) + 1], xy[(s * 4) + 3]))
            );
        }

        (_minY, _height) = (minY, Math.Max((maxY - minY) / bands, double.Epsilon));
        _starts = new int[bands + 1];
        var lists = Enumerable.Range(0, bands).Select(_ => new List<int>()).ToArray();
        for (var s = 0; s < count; s++)
        {
            for (
                var b = Band(Math.Min(xy[(s * 4) + 1], xy[(s * 4) + 3]));
                b <= Band(Math.Max(xy[(s * 4) + 1], xy[(s * 4) + 3]));
                b++
            )
            {
                lists[b].Add(s);
            }
        }

        _segments = lists.SelectMany(l => l).ToArray();
        for (var b = 0; b < bands; b++)
        {
            _starts[b + 1] = _starts[b] + lists[b].Count;
        }
    }

    public bool? Inside(double x, double y)
    {
        var b = Band(y);
        var crossings = 0;
        for (var k = _starts[b]; k < _starts[b + 1]; k++)
        {
            if (Cross(_xy, _segments[k], x, y) is not { } c)
            {
                return null;
            }

            crossings += c;
        }

        return (crossings & 1) == 1;
    }

    /// <summary>Crossing-number test over segments <paramref name="from"/>..<paramref name="to"/>.</summary>
    public static bool? Inside(double[] xy, int from, int to, double x, double y)
    {
        var crossings = 0;
        for (var s = from; s < to; s++)
        {
            if (Cross(xy, s, x, y) is not { } c)
            {
                return null;
            }

            crossings += c;
        }

        return (crossings & 1) == 1;
    }

    /// <summary>1 when the segment crosses the ray from the point to the east, 0 when not, null when the point is on
    /// it.</summary>
    private static int? Cross(double[] xy, int s, double x, double y)
    {
        double x1 = xy[s * 4], y1 = xy[(s * 4) + 1], x2 = xy[(s * 4) + 2], y2 = xy[(s * 4) + 3];
        if ((y1 > y) == (y2 > y) || (x1 < x && x2 < x))
        {
            return y1 == y && y2 == y && x >= Math.Min(x1, x2) && x <= Math.Max(x1, x2) ? null : 0;
        }

        var orientation = CGAlgorithmsDD.OrientationIndex(x1, y1, x2, y2, x, y);
        return orientation == 0 ? null : (orientation > 0) == (y2 > y1) ? 1 : 0;
    }

    private int Band(double y) => (int)Math.Clamp(Math.Floor((y - _minY) / _height), 0, _starts.Length - 2);
}
