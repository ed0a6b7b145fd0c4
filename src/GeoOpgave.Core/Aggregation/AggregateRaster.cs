using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Rasters;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Raster → areas with the centre-point rule: a cell belongs to the area that holds its centre (by
/// <see cref="AreaIndex.Locate"/>, so every cell counts at most once). Nodata cells count towards
/// the cells of the area but not towards its statistics. The raster must be in the areas' CRS.
/// </summary>
public static class AggregateRaster
{
    public static IReadOnlyList<RasterStatistics> Run(IReadOnlyList<Area> areas, RasterGrid raster)
    {
        ArgumentNullException.ThrowIfNull(raster);
        var index = new AreaIndex(areas);
        var cells = new long[areas.Count];
        var dataCells = new long[areas.Count];
        var sum = new double[areas.Count];
        var min = Enumerable.Repeat(double.PositiveInfinity, areas.Count).ToArray();
        var max = Enumerable.Repeat(double.NegativeInfinity, areas.Count).ToArray();
        for (var row = 0; row < raster.Height; row++)
        {
            var y = raster.CentreY(row);
            for (var col = 0; col < raster.Width; col++)
            {
                var i = index.Locate(new Coordinate(raster.CentreX(col), y));
                if (i < 0)
                {
                    continue;
                }

                cells[i]++;
                if (raster.Get(col, row) is { } v)
                {
                    dataCells[i]++;
                    sum[i] += v;
                    min[i] = Math.Min(min[i], v);
                    max[i] = Math.Max(max[i], v);
                }
            }
        }

        return areas.Select((a, i) => dataCells[i] == 0
                ? new RasterStatistics(a.Code, cells[i], 0, null, null, null)
                : new RasterStatistics(a.Code, cells[i], dataCells[i], sum[i] / dataCells[i], min[i], max[i]))
            .ToArray();
    }
}
