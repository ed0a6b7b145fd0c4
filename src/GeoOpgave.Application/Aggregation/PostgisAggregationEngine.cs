using GeoOpgave.Core.Aggregation;
using GeoOpgave.Storage.Postgres.Aggregation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Aggregation;

/// <summary>
/// The PostGIS twin: the areas are copied into temporary tables once, each run stages its features the same
/// way; one transaction, rolled back at the end, so nothing stays behind.
/// </summary>
internal sealed class PostgisAggregationEngine(PostgisAggregationSession session) : IAggregationEngine
{
    public async Task<PointAggregationResult> PointsAsync(
        IEnumerable<PointBatch> batches,
        IReadOnlyList<string> classNames,
        CancellationToken cancellationToken
    )
    {
        var factory = GeometryFactory.Default;
        var features = batches.SelectMany(b => Enumerable.Range(b.Start, b.Count).Select(k => new PostgisFeature(
            factory.CreatePoint(new Coordinate(b.X[k], b.Y[k])),
            b.Values is { } v && double.IsFinite(v[k]) ? v[k] : null,
            b.Classes is { } c && c[k] >= 0 ? classNames[c[k]] : null)));
        await session.LoadFeaturesAsync(features, cancellationToken);
        return await session.AggregatePointsAsync(cancellationToken);
    }

    public async Task<ZoneAggregationResult> ZonesAsync(
        IEnumerable<ZoneObservation> zones,
        CancellationToken cancellationToken
    )
    {
        await session.LoadFeaturesAsync(
            zones.Select(z => new PostgisFeature(z.Geometry, null, z.Class)),
            cancellationToken
        );
        return await session.AggregateZonesAsync(cancellationToken);
    }

    public async Task<(
        IReadOnlyList<ArealEstimate> Estimates,
        IReadOnlyList<AggregationIssue> Issues
    )> InterpolateAsync(IEnumerable<ArealSource> sources, CancellationToken cancellationToken)
    {
        await session.LoadFeaturesAsync(
            sources.Select(s => new PostgisFeature(s.Geometry, s.Value, null)),
            cancellationToken
        );
        return await session.InterpolateArealAsync(cancellationToken);
    }

    public async Task<LineAggregationResult> LinesAsync(
        IEnumerable<(Geometry Line, string? Class)> lines,
        CancellationToken cancellationToken
    )
    {
        await session.LoadFeaturesAsync(
            lines.Select(l => new PostgisFeature(l.Line, null, l.Class)),
            cancellationToken
        );
        return await session.AggregateLinesAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
