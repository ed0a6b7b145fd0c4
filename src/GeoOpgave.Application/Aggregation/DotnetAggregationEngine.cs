using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Aggregation;

/// <summary>
/// The in-process engine (NetTopologySuite, all cores); the point locator is built once per engine, as dense as
/// the expected number of points pays for.
/// </summary>
internal sealed class DotnetAggregationEngine(IReadOnlyList<Area> areas, long? expectedPoints) : IAggregationEngine
{
    private readonly Lazy<AreaPointLocator> _locator = new(() =>
    {
        var (cellsPerArea, insideCells) = expectedPoints is { } n
            ? AreaPointLocator.GridFor(n, areas.Count)
            : (AreaPointLocator.DefaultCellsPerArea, true);
        return new AreaPointLocator(areas, cellsPerArea, insideCells);
    });

    public Task<PointAggregationResult> PointsAsync(
        IEnumerable<PointBatch> batches,
        IReadOnlyList<string> classNames,
        CancellationToken cancellationToken
    ) => Task.FromResult(AggregatePoints.Run(_locator.Value, batches, classNames));

    public Task<ZoneAggregationResult> ZonesAsync(
        IEnumerable<ZoneObservation> zones,
        CancellationToken cancellationToken
    ) => Task.FromResult(AggregateZones.Run(areas, zones));

    public Task<(IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues)> InterpolateAsync(
        IEnumerable<ArealSource> sources,
        CancellationToken cancellationToken
    ) => Task.FromResult(InterpolateAreal.Run(areas, sources));

    public Task<LineAggregationResult> LinesAsync(
        IEnumerable<(Geometry Line, string? Class)> lines,
        CancellationToken cancellationToken
    ) => Task.FromResult(AggregateLines.Run(areas, lines));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
