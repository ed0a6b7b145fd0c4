using GeoOpgave.Core.Aggregation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Aggregation;

/// <summary>
/// The one route from features to per-area figures, for one set of areas, in .NET or in PostGIS: stored layers
/// (indicators, the demo, imports) and the files of <c>geoopgave aggregate</c> both go through it, and both
/// engines answer with the same Core result types. Open one with <see cref="AggregationEngines"/>.
/// </summary>
public interface IAggregationEngine : IAsyncDisposable
{
    /// <summary>Points in batches; a batch's class ids index <paramref name="classNames"/>, which may grow while the
    /// batches are read.</summary>
    Task<PointAggregationResult> PointsAsync(
        IEnumerable<PointBatch> batches,
        IReadOnlyList<string> classNames,
        CancellationToken cancellationToken
    );

    Task<ZoneAggregationResult> ZonesAsync(IEnumerable<ZoneObservation> zones, CancellationToken cancellationToken);

    Task<(IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues)> InterpolateAsync(
        IEnumerable<ArealSource> sources,
        CancellationToken cancellationToken
    );

    Task<LineAggregationResult> LinesAsync(
        IEnumerable<(Geometry Line, string? Class)> lines,
        CancellationToken cancellationToken
    );
}
