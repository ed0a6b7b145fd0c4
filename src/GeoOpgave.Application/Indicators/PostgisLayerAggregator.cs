using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Postgres.Aggregation;

namespace GeoOpgave.Application.Indicators;

/// <summary>The PostGIS twin: the stored buurten and layer are staged in temporary tables and aggregated in SQL.</summary>
internal sealed class PostgisLayerAggregator(string connectionString) : ILayerAggregator
{
    public async Task<LayerAggregationResult> RunAsync(IndicatorDefinition definition, LayerInfo layer, IReadOnlyList<Area> buurten, CancellationToken cancellationToken)
    {
        await using var session = await PostgisAggregationSession.BeginAsync(connectionString, cancellationToken);
        await session.LoadStoredAreasAsync(AreaLevel.Buurt, buurten[0].Year, cancellationToken);
        var (classField, only) = IndicatorFamily.Classes(definition);
        var selection = new StoredLayerSelection(layer.Id, definition.Field, classField, only);
        await session.LoadStoredLayerAsync(selection, cancellationToken);
        var aggregator = definition.Aggregator;
        if (IndicatorFamily.IsPoints(aggregator))
        {
            var result = await session.AggregatePointsAsync(cancellationToken);
            return new LayerAggregationResult(result, null, null, null, result.Issues);
        }

        if (IndicatorFamily.IsZones(aggregator))
        {
            var zones = await session.AggregateZonesAsync(cancellationToken);
            return new LayerAggregationResult(null, zones.Coverage, null, null, zones.Issues);
        }

        if (IndicatorFamily.IsAreal(aggregator))
        {
            var (estimates, issues) = await session.InterpolateArealAsync(cancellationToken);
            return new LayerAggregationResult(null, null, estimates, null, issues);
        }

        var lines = await session.AggregateLinesAsync(cancellationToken);
        return new LayerAggregationResult(null, null, null, lines.Lengths, lines.Issues);
    }
}
