namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Exact fraction of each raster cell covered by a polygon, as exactextract defines it, computed by
/// clipping every edge to each row band and cell it passes: an edge adds, per cell, the signed area
/// between it and the cell's right side (an accumulation buffer, as in analytic font rasterisers);
/// a running sum along each row then gives the covered fraction of every cell. Shells and holes
/// have opposite orientation, so holes cancel. Work is proportional to edges plus cells of the window.
/// </summary>
internal static class ExactCoverage
{
    /// <summary>
    /// Adds edges (x0, y0, x1, y1 each, in window cell units: x right, y down, x within 0..width) to
    /// <paramref name="buffer"/>, a window of <paramref name="height"/> rows of <paramref name="width"/> + 2
    /// entries; rows outside 0..height are skipped. The running sum of a row is the signed coverage.
    /// </summary>
    public static void Accumulate(ReadOnlySpan<double> windowXy, int width, int height, Span<double> buffer)
    {
        for (var e = 0; e + 3 < windowXy.Length; e += 4)
        {
            AddEdge(windowXy[e], windowXy[e + 1], windowXy[e + 2], windowXy[e + 3], width, height, buffer);
        }
    }

    private static void AddEdge(double xa, double ya, double xb, double yb, int width, int height, Span<double> buffer)
    {
        if (ya == yb)
        {
            return;
        }

        var stride = width + 2;
        var (direction, x0, y0, x1, y1) = ya < yb ? (1.0, xa, ya, xb, yb) : (-1.0, xb, yb, xa, ya);
        var dxdy = (x1 - x0) / (y1 - y0);
        var rowTo = Math.Min(height, (int)Math.Ceiling(y1));
        for (var row = Math.Max((int)Math.Floor(y0), 0); row < rowTo; row++)
        {
            double top = Math.Max(row, y0), bottom = Math.Min(row + 1, y1);
            var xTop = top == y0 ? x0 : x0 + ((top - y0) * dxdy);
            var xBottom = bottom == y1 ? x1 : x0 + ((bottom - y0) * dxdy);
            AddRowSegment(buffer.Slice(row * stride, stride), xTop, xBottom, (bottom - top) * direction, width);
        }
    }

    private static void AddRowSegment(Span<double> line, double xStart, double xEnd, double d, int width)
    {
        var (xl, xr) = xStart < xEnd ? (xStart, xEnd) : (xEnd, xStart);
        xl = Math.Clamp(xl, 0, width);
        xr = Math.Clamp(xr, 0, width);
        var xlFloor = Math.Floor(xl);
        var il = (int)xlFloor;
        var ir = (int)Math.Ceiling(xr);
        if (ir <= il + 1)
        {
            var middle = (0.5 * (xl + xr)) - xlFloor;
            line[il] += d - (d * middle);
            line[il + 1] += d * middle;
            return;
        }

        var s = 1 / (xr - xl);
        var xlFraction = xl - xlFloor;
        var a0 = 0.5 * s * (1 - xlFraction) * (1 - xlFraction);
        var xrFraction = xr - ir + 1;
        var am = 0.5 * s * xrFraction * xrFraction;
        line[il] += d * a0;
        if (ir == il + 2)
        {
            line[il + 1] += d * (1 - a0 - am);
        }
        else
        {
            var a1 = s * (1.5 - xlFraction);
            line[il + 1] += d * (a1 - a0);
            for (var i = il + 2; i < ir - 1; i++)
            {
                line[i] += d * s;
            }

            var a2 = a1 + ((ir - il - 3) * s);
            line[ir - 1] += d * (1 - a2 - am);
        }

        line[ir] += d * am;
    }
}
