using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>Runs the aggregator of a definition over a stored layer and the buurten of a year, with one engine.</summary>
internal interface ILayerAggregator
{
    Task<LayerAggregationResult> RunAsync(IndicatorDefinition definition, LayerInfo layer, IReadOnlyList<Area> buurten, CancellationToken cancellationToken);
}
