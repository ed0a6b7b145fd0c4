using System.Buffers;
using GeoOpgave.Core.Rasters;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// The centre-point rule as a scanline: per raster row, the x where the polygon's edges cross the row's
/// centre line, filled pairwise (even-odd). Crossings use half-open rules (an edge owns the rows whose
/// centre lies in [its lower y, its upper y); a span owns the centres in [left x, right x)), computed from
/// the edge's endpoints in a fixed order, so neighbouring areas that share an edge split its cells
/// exactly, without gaps or doubles.
/// </summary>
internal static class CentreCoverage
{
    public static void Add(ReadOnlySpan<double> xy, RasterGrid raster, RasterCellSums sums)
    {
        // The crossings are bucketed per row (a counting sort): two passes over the edges, no growing list and no
        // sort of the whole set; the walk below meets them in the order a sort by (row, x) would give.
        var (minRow, maxRow, total) = (int.MaxValue, int.MinValue, 0);
        for (var e = 0; e + 3 < xy.Length; e += 4)
        {
            if (Rows(xy[e + 1], xy[e + 3], raster) is var (first, last) && last >= first)
            {
                (minRow, maxRow, total) = (Math.Min(minRow, first), Math.Max(maxRow, last), total + last - first + 1);
            }
        }

        if (total == 0)
        {
            return;
        }

        var rowCount = maxRow - minRow + 1;
        var starts = ArrayPool<int>.Shared.Rent(rowCount + 1);
        var xs = ArrayPool<double>.Shared.Rent(total);
        try
        {
            Bucket(xy, raster, minRow, starts.AsSpan(0, rowCount + 1), xs);
            Fill(raster, sums, minRow, starts.AsSpan(0, rowCount + 1), xs.AsSpan(0, total));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<double>.Shared.Return(xs);
        }
    }

    // Leaves starts[r] .. starts[r + 1] holding the crossings of row minRow + r.
    private static void Bucket(ReadOnlySpan<double> xy, RasterGrid raster, int minRow, Span<int> starts, double[] xs)
    {
        starts.Clear();
        for (var e = 0; e + 3 < xy.Length; e += 4)
        {
            var (first, last) = Rows(xy[e + 1], xy[e + 3], raster);
            for (var row = first; row <= last; row++)
            {
                starts[row - minRow + 1]++;
            }
        }

        for (var r = 1; r < starts.Length; r++)
        {
            starts[r] += starts[r - 1];
        }

        var next = ArrayPool<int>.Shared.Rent(starts.Length);
        try
        {
            starts.CopyTo(next);
            for (var e = 0; e + 3 < xy.Length; e += 4)
            {
                AddEdge(xy[e], xy[e + 1], xy[e + 2], xy[e + 3], raster, minRow, next, xs);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
        }
    }

    // Pairs the crossings row by row, even-odd, in the order of (row, x).
    private static void Fill(RasterGrid raster, RasterCellSums sums, int minRow, Span<int> starts, Span<double> xs)
    {
        for (var r = 0; r + 1 < starts.Length; r++)
        {
            xs[starts[r]..starts[r + 1]].Sort();
        }

        var bucket = 0;
        for (var k = 0; k + 1 < xs.Length; k += 2)
        {
            while (starts[bucket + 1] <= k)
            {
                bucket++;
            }

            var row = minRow + bucket;
            var from = Math.Max(FirstColumnAtOrAfter(xs[k], raster), 0);
            var to = Math.Min(FirstColumnAtOrAfter(xs[k + 1], raster), raster.Width);
            if (to > from)
            {
                sums.AddRun(raster.Values.AsSpan((int)(((long)row * raster.Width) + from), to - from));
            }
        }
    }

    // The rows whose centre line the edge crosses (an edge owns [its lower y, its upper y)); empty when none.
    private static (int First, int Last) Rows(double ya, double yb, RasterGrid raster)
    {
        if (ya == yb)
        {
            return (0, -1);
        }

        var (y0, y1) = ya < yb ? (ya, yb) : (yb, ya);
        var firstRow = Math.Max((int)Math.Floor(((raster.OriginY - y1) / raster.CellHeight) - 0.5) + 1, 0);
        var lastRow = Math.Min((int)Math.Floor(((raster.OriginY - y0) / raster.CellHeight) - 0.5), raster.Height - 1);
        return (firstRow, lastRow);
    }

    private static void AddEdge(
        double xa,
        double ya,
        double xb,
        double yb,
        RasterGrid raster,
        int minRow,
        int[] next,
        double[] xs
    )
    {
        var (first, last) = Rows(ya, yb, raster);
        // The lower endpoint first, so both areas along a shared edge compute bit-identical crossings.
        var (x0, y0, x1, y1) = ya < yb ? (xa, ya, xb, yb) : (xb, yb, xa, ya);
        for (var row = first; row <= last; row++)
        {
            var y = raster.CentreY(row);
            xs[next[row - minRow]++] = x0 + ((y - y0) * (x1 - x0) / (y1 - y0));
        }
    }

    private static int FirstColumnAtOrAfter(double x, RasterGrid raster) =>
        (int)Math.Clamp(Math.Ceiling(((x - raster.OriginX) / raster.CellWidth) - 0.5), -1, raster.Width + 1L);
}
