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
        var crossings = new List<(int Row, double X)>();
        for (var e = 0; e + 3 < xy.Length; e += 4)
        {
            AddEdge(xy[e], xy[e + 1], xy[e + 2], xy[e + 3], raster, crossings);
        }

        crossings.Sort();
        for (var k = 0; k + 1 < crossings.Count; k += 2)
        {
            var row = crossings[k].Row;
            var from = Math.Max(FirstColumnAtOrAfter(crossings[k].X, raster), 0);
            var to = Math.Min(FirstColumnAtOrAfter(crossings[k + 1].X, raster), raster.Width);
            if (to > from)
            {
                sums.AddRun(raster.Values.AsSpan((int)(((long)row * raster.Width) + from), to - from));
            }
        }
    }

    private static void AddEdge(
        double xa,
        double ya,
        double xb,
        double yb,
        RasterGrid raster,
        List<(int Row, double X)> crossings
    )
    {
        if (ya == yb)
        {
            return;
        }

        // The lower endpoint first, so both areas along a shared edge compute bit-identical crossings.
        var (x0, y0, x1, y1) = ya < yb ? (xa, ya, xb, yb) : (xb, yb, xa, ya);
        var firstRow = Math.Max((int)Math.Floor(((raster.OriginY - y1) / raster.CellHeight) - 0.5) + 1, 0);
        var lastRow = Math.Min((int)Math.Floor(((raster.OriginY - y0) / raster.CellHeight) - 0.5), raster.Height - 1);
        for (var row = firstRow; row <= lastRow; row++)
        {
            var y = raster.CentreY(row);
            crossings.Add((row, x0 + ((y - y0) * (x1 - x0) / (y1 - y0))));
        }
    }

    private static int FirstColumnAtOrAfter(double x, RasterGrid raster) =>
        (int)Math.Clamp(Math.Ceiling(((x - raster.OriginX) / raster.CellWidth) - 0.5), -1, raster.Width + 1L);
}
