using NetTopologySuite.Algorithm;

namespace GeoOpgave.Core.Aggregation;

/// <summary>Proper crossings of two segments with robust orientation tests; touching or collinear segments are reported
/// as degenerate.</summary>
internal static class SegmentCrossing
{
    /// <summary>Adds the crossing parameters of segments <paramref name="s"/> and <paramref name="r"/>; false when they
    /// touch or overlap.</summary>
    public static bool Add(double[] xy, int s, int r, List<(int, double)> result)
    {
        double ax = xy[s * 4], ay = xy[(s * 4) + 1], bx = xy[(s * 4) + 2], by = xy[(s * 4) + 3];
        double cx = xy[r * 4], cy = xy[(r * 4) + 1], dx = xy[(r * 4) + 2], dy = xy[(r * 4) + 3];
        if (Math.Max(cx, dx) < Math.Min(ax, bx) || Math.Max(ax, bx) < Math.Min(cx, dx))
        {
            return true;
        }

        int o1 = CGAlgorithmsDD.OrientationIndex(ax, ay, bx, by, cx, cy),
            o2 = CGAlgorithmsDD.OrientationIndex(ax, ay, bx, by, dx, dy);
        if (o1 * o2 > 0)
        {
            return true;
        }

        int o3 = CGAlgorithmsDD.OrientationIndex(cx, cy, dx, dy, ax, ay),
            o4 = CGAlgorithmsDD.OrientationIndex(cx, cy, dx, dy, bx, by);
        if (o3 * o4 > 0)
        {
            return true;
        }

        if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0)
        {
            return false;
        }

        var denominator = ((bx - ax) * (dy - cy)) - ((by - ay) * (dx - cx));
        result.Add((s, Math.Clamp((((cx - ax) * (dy - cy)) - ((cy - ay) * (dx - cx))) / denominator, 0, 1)));
        result.Add((r, Math.Clamp((((cx - ax) * (by - ay)) - ((cy - ay) * (bx - ax))) / denominator, 0, 1)));
        return true;
    }
}
