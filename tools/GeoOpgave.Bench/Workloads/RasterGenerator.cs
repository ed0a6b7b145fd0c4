using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Rasters;

namespace GeoOpgave.Bench.Workloads;

/// <summary>
/// A float32 raster of 25 m cells over the extent (10 600 × 12 560 at full scale): smooth values with
/// noise, nodata −9999 on a north-west "sea" corner of ~10 % of the cells.
/// </summary>
internal static class RasterGenerator
{
    public const float NoData = -9999;
    public const double CellSize = 25;

    public static RasterGrid Generate(BenchExtent extent, int seed)
    {
        var width = (int)Math.Round((extent.MaxX - extent.MinX) / CellSize);
        var height = (int)Math.Round((extent.MaxY - extent.MinY) / CellSize);
        var values = new float[(long)width * height];
        Parallel.For(0, height, row =>
        {
            var random = new Random(seed + row);
            var y = extent.MaxY - ((row + 0.5) * CellSize);
            for (var col = 0; col < width; col++)
            {
                var x = extent.MinX + ((col + 0.5) * CellSize);
                var sea = ((double)col / width) + ((double)row / height) < 0.447;
                values[((long)row * width) + col] = sea
                    ? NoData
                    : (float)(20 + (5 * Math.Sin(x / 20_000)) + (4 * Math.Cos(y / 30_000)) + random.NextDouble() - 0.5);
            }
        });
        return new RasterGrid(width, height, extent.MinX, extent.MaxY, CellSize, CellSize, Srid.RdNew, NoData, values);
    }
}
