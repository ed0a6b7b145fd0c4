using GeoOpgave.Core.Aggregation;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The aggregators of <c>geoopgave aggregate</c> for one set of areas, in .NET or in PostGIS: the rows
/// are shaped from the same Core result types whichever engine ran.
/// </summary>
internal interface IAggregateEngine : IAsyncDisposable
{
    Task<PointAggregationResult> PointsAsync(IEnumerable<PointObservation> points, CancellationToken cancellationToken);

    Task<ZoneAggregationResult> ZonesAsync(IEnumerable<ZoneObservation> zones, CancellationToken cancellationToken);

    Task<(IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues)> InterpolateAsync(IEnumerable<ArealSource> sources, CancellationToken cancellationToken);

    Task<LineAggregationResult> LinesAsync(IEnumerable<(Geometry Line, string? Class)> lines, CancellationToken cancellationToken);
}
