using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Raster layers in .NET on every store: the stored GeoTIFF is read back and aggregated with exact fractional
/// cell coverage (or the centre-point rule when the definition asks for it). A raster that does not read any more is reported (null), not thrown.
/// </summary>
internal sealed class RasterLayerAggregator(LayerStore layers)
{
    public async Task<LayerAggregationResult?> RunAsync(IndicatorDefinition definition, LayerInfo layer, IReadOnlyList<Area> buurten, CancellationToken cancellationToken)
    {
        if (await layers.GetRasterDataAsync(layer.Id, cancellationToken) is not { } data)
        {
            return null;
        }

        // The GeoTIFF reader works on files (it seeks through strips), so the bytes go through a temporary file.
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-raster-{Guid.NewGuid():N}.tif");
        try
        {
            await File.WriteAllBytesAsync(path, data, cancellationToken);
            var grid = GeoTiffReader.Read(path);
            if (!grid.IsSuccess)
            {
                return null;
            }

            var result = AggregateRaster.Run(buurten, grid.Value!, new AggregateRasterParameters
            {
                Coverage = definition.CentreCoverage ? RasterCoverage.Centre : RasterCoverage.Exact,
                Threshold = definition.Threshold,
            });
            return new LayerAggregationResult(null, null, null, null, result.Issues) { Raster = result.Statistics };
        }
        finally
        {
            File.Delete(path);
        }
    }
}
