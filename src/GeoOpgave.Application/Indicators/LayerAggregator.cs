using GeoOpgave.Application.Aggregation;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// A stored vector layer → the buurten, for one indicator definition: the features are read from the store,
/// filtered to the definition's classes and handed to the <see cref="IAggregationEngine"/> (.NET or PostGIS),
/// the same engine <c>geoopgave aggregate</c> runs on files.
/// </summary>
internal sealed class LayerAggregator(
    LayerStore layers,
    Func<IReadOnlyList<Area>, CancellationToken, Task<IAggregationEngine>> openEngine
)
{
    public async Task<LayerAggregationResult> RunAsync(
        IndicatorDefinition definition,
        ImportedLayer layer,
        IReadOnlyList<Area> buurten,
        CancellationToken cancellationToken
    )
    {
        var features = await layers.GetFeaturesAsync(layer.Id, cancellationToken);
        var (classField, only) = IndicatorFamily.Classes(definition);
        var rows = features
            .Select(f =>
                (f.Geometry, Attributes: StoredAttributes.Read(f.AttributesJson, definition.Field, classField))
            )
            .Where(f => only is null || (f.Attributes.Class is { } c && only.Contains(c, StringComparer.Ordinal)))
            .Select(f => (f.Geometry, f.Attributes.Value, Class: only is null ? f.Attributes.Class : null))
            .ToList();
        await using var engine = await openEngine(buurten, cancellationToken);
        var aggregator = definition.Aggregator;
        if (IndicatorFamily.IsPoints(aggregator))
        {
            var classNames = new List<string>();
            var points = rows.SelectMany(r =>
                r.Geometry.Coordinates.Select(c => new PointObservation(c.X, c.Y, r.Value, r.Class))
            );
            var result = await engine.PointsAsync(
                AggregatePoints.Batches(points, classNames),
                classNames,
                cancellationToken
            );
            return new LayerAggregationResult(result, null, null, null, result.Issues);
        }

        if (IndicatorFamily.IsZones(aggregator))
        {
            var zones = await engine.ZonesAsync(
                rows.Select(r => new ZoneObservation(r.Geometry, r.Class ?? string.Empty)),
                cancellationToken
            );
            return new LayerAggregationResult(null, zones.Coverage, null, null, zones.Issues);
        }

        if (IndicatorFamily.IsAreal(aggregator))
        {
            var (estimates, issues) = await engine.InterpolateAsync(
                rows.Select(r => new ArealSource(r.Geometry, r.Value)),
                cancellationToken
            );
            return new LayerAggregationResult(null, null, estimates, null, issues);
        }

        var lines = await engine.LinesAsync(rows.Select(r => (r.Geometry, r.Class)), cancellationToken);
        return new LayerAggregationResult(null, null, null, lines.Lengths, lines.Issues);
    }
}
