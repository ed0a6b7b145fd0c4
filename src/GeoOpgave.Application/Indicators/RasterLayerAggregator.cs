using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Raster layers in .NET on every store: the stored GeoTIFF is read back and aggregated with exact fractional
/// cell coverage (or the centre-point rule when the definition asks for it). A raster that does not read any more is
/// reported (null), not thrown.
/// </summary>
internal sealed class RasterLayerAggregator(LayerStore layers)
{
    public async Task<LayerAggregationResult?> RunAsync(
        IndicatorDefinition definition,
        ImportedLayer layer,
        IReadOnlyList<Area> buurten,
        CancellationToken cancellationToken
    )
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

            var (areas, maskIssues) = definition.Mask is { } mask
                ? await MaskAsync(buurten, mask, cancellationToken)
                : (buurten, []);
            var result = AggregateRaster.Run(
                areas,
                grid.Value!,
                new AggregateRasterParameters
                {
                    Coverage = definition.CentreCoverage ? RasterCoverage.Centre : RasterCoverage.Exact,
                    Threshold = definition.Threshold,
                }
            );
            return new LayerAggregationResult(null, null, null, null, [.. maskIssues, .. result.Issues])
            {
                Raster = result.Statistics,
            };
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Each buurt shrinks to its part inside the mask's polygons; a buurt outside the mask gets no value, not 0.
    private async Task<(IReadOnlyList<Area>, IReadOnlyList<AggregationIssue>)> MaskAsync(
        IReadOnlyList<Area> buurten,
        string mask,
        CancellationToken cancellationToken
    )
    {
        var layer = await layers.FindLayerAsync(mask, cancellationToken);
        var features = layer is null ? [] : await layers.GetFeaturesAsync(layer.Id, cancellationToken);
        return MaskAreas.Run(buurten, features.Select(f => f.Geometry));
    }
}
