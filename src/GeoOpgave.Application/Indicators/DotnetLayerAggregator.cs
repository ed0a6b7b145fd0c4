using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>The in-process engine: the layer's features are read from the store and aggregated with NetTopologySuite.</summary>
internal sealed class DotnetLayerAggregator(LayerStore layers) : ILayerAggregator
{
    public async Task<LayerAggregationResult> RunAsync(IndicatorDefinition definition, LayerInfo layer, IReadOnlyList<Area> buurten, CancellationToken cancellationToken)
    {
        var features = await layers.GetFeaturesAsync(layer.Id, cancellationToken);
        var (classField, only) = IndicatorFamily.Classes(definition);
        var rows = features
            .Select(f => (f.Geometry, Attributes: StoredAttributes.Read(f.AttributesJson, definition.Field, classField)))
            .Where(f => only is null || (f.Attributes.Class is { } c && only.Contains(c, StringComparer.Ordinal)))
            .Select(f => (f.Geometry, f.Attributes.Value, Class: only is null ? f.Attributes.Class : null))
            .ToList();
        var aggregator = definition.Aggregator;
        if (IndicatorFamily.IsPoints(aggregator))
        {
            var points = rows.SelectMany(r => r.Geometry.Coordinates.Select(c => new PointObservation(c.X, c.Y, r.Value, r.Class)));
            var result = AggregatePoints.Run(buurten, points);
            return new LayerAggregationResult(result, null, null, null, result.Issues);
        }

        if (IndicatorFamily.IsZones(aggregator))
        {
            var zones = AggregateZones.Run(buurten, rows.Select(r => new ZoneObservation(r.Geometry, r.Class ?? string.Empty)));
            return new LayerAggregationResult(null, zones.Coverage, null, null, zones.Issues);
        }

        if (IndicatorFamily.IsAreal(aggregator))
        {
            var (estimates, issues) = InterpolateAreal.Run(buurten, rows.Select(r => new ArealSource(r.Geometry, r.Value)));
            return new LayerAggregationResult(null, null, estimates, null, issues);
        }

        var lines = AggregateLines.Run(buurten, rows.Select(r => (r.Geometry, r.Class)));
        return new LayerAggregationResult(null, null, null, lines.Lengths, lines.Issues);
    }
}
