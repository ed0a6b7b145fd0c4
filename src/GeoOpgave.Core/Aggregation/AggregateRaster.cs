using System.Buffers;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Rasters;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Raster → areas: count, sum, mean, min and max of the cells in each area, the share of cells beyond a
/// threshold and the fraction of the area with data, with the centre-point rule or exact fractional
/// coverage (<see cref="RasterCoverage"/>). Nodata and NaN cells are excluded from the statistics. The
/// raster must be in the areas' CRS (RD New). Areas are processed in parallel, each over its own
/// bounding window of cells only.
/// </summary>
public static class AggregateRaster
{
    private const int MaxWindowEntries = 1 << 20;

    /// <summary>Centre-point rule, no threshold.</summary>
    public static RasterAggregationResult Run(IReadOnlyList<Area> areas, RasterGrid raster) =>
        Run(areas, raster, new AggregateRasterParameters());

    public static RasterAggregationResult Run(
        IReadOnlyList<Area> areas,
        RasterGrid raster,
        AggregateRasterParameters parameters
    )
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(raster);
        ArgumentNullException.ThrowIfNull(parameters);
        var issues = new List<AggregationIssue>();
        var areaM2 = new double[areas.Count];
        var geometries = PolygonalInput.CheckAreas(areas, issues);
        var edges = PolygonEdges.Of(geometries);
        for (var i = 0; i < areas.Count; i++)
        {
            areaM2[i] = geometries[i]?.Area ?? 0;
        }

        var statistics = new RasterStatistics[areas.Count];
        Parallel.For(
            0,
            areas.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism },
            i =>
            {
                var sums = new RasterCellSums(raster.NoData, parameters.Threshold, parameters.Below);
                var xy = edges.Coordinates.AsSpan(edges.Starts[i] * 4, (edges.Starts[i + 1] - edges.Starts[i]) * 4);
                if (parameters.Coverage == RasterCoverage.Exact)
                {
                    AddExact(xy, raster, sums);
                }
                else
                {
                    CentreCoverage.Add(xy, raster, sums);
                }

            statistics[i] = sums.ToStatistics(areas[i].Code, areaM2[i], raster.CellWidth * raster.CellHeight);
        });
        return new RasterAggregationResult(statistics, issues);
    }

    private static void AddExact(ReadOnlySpan<double> xy, RasterGrid raster, RasterCellSums sums)
    {
        if (xy.IsEmpty)
        {
            return;
        }

        var (minX, minY, maxX, maxY) = Bounds(xy);
        var c0 = (int)Math.Floor((minX - raster.OriginX) / raster.CellWidth);
        var r0 = (int)Math.Floor((raster.OriginY - maxY) / raster.CellHeight);
        var width = Math.Max((int)Math.Ceiling((maxX - raster.OriginX) / raster.CellWidth) - c0, 1);
        var height = Math.Max((int)Math.Ceiling((raster.OriginY - minY) / raster.CellHeight) - r0, 1);
        var stripRows = Math.Clamp(MaxWindowEntries / (width + 2), 1, height);
        var window = new double[xy.Length];
        var buffer = ArrayPool<double>.Shared.Rent((width + 2) * stripRows);
        try
        {
            for (var strip = 0; strip < height; strip += stripRows)
            {
                var rows = Math.Min(stripRows, height - strip);
                if (r0 + strip + rows <= 0 || r0 + strip >= raster.Height)
                {
                    continue;
                }

                for (var k = 0; k < xy.Length; k += 2)
                {
                    window[k] = Math.Clamp(((xy[k] - raster.OriginX) / raster.CellWidth) - c0, 0, width);
                    window[k + 1] = ((raster.OriginY - xy[k + 1]) / raster.CellHeight) - r0 - strip;
                }

                var span = buffer.AsSpan(0, (width + 2) * rows);
                span.Clear();
                ExactCoverage.Accumulate(window, width, rows, span);
                Collect(span, width, rows, c0, r0 + strip, raster, sums);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static void Collect(
        ReadOnlySpan<double> buffer,
        int width,
        int rows,
        int c0,
        int r0,
        RasterGrid raster,
        RasterCellSums sums
    )
    {
        for (var r = 0; r < rows; r++)
        {
            var row = r0 + r;
            if (row < 0 || row >= raster.Height)
            {
                continue;
            }

            var line = buffer.Slice(r * (width + 2), width + 2);
            var values = raster.Values.AsSpan((int)((long)row * raster.Width), raster.Width);
            CollectRow(line, values, c0, width, sums);
        }
    }

    // Whole cells (coverage 1) go to the SIMD run sum; only the boundary cells are added one by one with their
    // fraction.
    private static void CollectRow(
        ReadOnlySpan<double> line,
        ReadOnlySpan<float> values,
        int c0,
        int width,
        RasterCellSums sums
    )
    {
        var running = 0.0;
        var runStart = -1;
        for (var c = 0; c < width; c++)
        {
            running += line[c];
            var coverage = Math.Min(1, Math.Abs(running));
            var column = c0 + c;
            var inRaster = (uint)column < (uint)values.Length;
            if (coverage >= 1 - 1e-12 && inRaster)
            {
                runStart = runStart < 0 ? column : runStart;
                continue;
            }

            if (runStart >= 0)
            {
                sums.AddRun(values[runStart..column]);
                runStart = -1;
            }

            if (coverage > 1e-12 && inRaster)
            {
                sums.Add(values[column], coverage);
            }
        }

        if (runStart >= 0)
        {
            sums.AddRun(values[runStart..Math.Min(c0 + width, values.Length)]);
        }
    }

    internal static (double MinX, double MinY, double MaxX, double MaxY) Bounds(ReadOnlySpan<double> xy)
    {
        double minX = double.PositiveInfinity,
            minY = double.PositiveInfinity,
            maxX = double.NegativeInfinity,
            maxY = double.NegativeInfinity;
        for (var k = 0; k < xy.Length; k += 2)
        {
            (minX, maxX) = (Math.Min(minX, xy[k]), Math.Max(maxX, xy[k]));
            (minY, maxY) = (Math.Min(minY, xy[k + 1]), Math.Max(maxY, xy[k + 1]));
        }

        return (minX, minY, maxX, maxY);
    }
}
