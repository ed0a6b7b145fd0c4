using GeoOpgave.Core.Aggregation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The aggregators of <c>geoopgave aggregate</c> for one set of areas, in .NET or in PostGIS: the rows
/// are shaped from the same Core result types whichever engine ran.
/// </summary>
internal interface IAggregateEngine : IAsyncDisposable
{
    /// <summary>Points in batches; a batch's class ids index <paramref name="classNames"/>, which may grow while the batches are read.</summary>
    Task<PointAggregationResult> PointsAsync(IEnumerable<PointBatch> batches, IReadOnlyList<string> classNames, CancellationToken cancellationToken);

    Task<ZoneAggregationResult> ZonesAsync(IEnumerable<ZoneObservation> zones, CancellationToken cancellationToken);

    Task<(IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues)> InterpolateAsync(IEnumerable<ArealSource> sources, CancellationToken cancellationToken);

    Task<LineAggregationResult> LinesAsync(IEnumerable<(Geometry Line, string? Class)> lines, CancellationToken cancellationToken);
}
