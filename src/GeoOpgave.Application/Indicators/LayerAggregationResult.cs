using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Application.Indicators;

/// <summary>The answer of one aggregator over a stored layer, whichever engine ran: exactly one of the results is
/// set.</summary>
internal sealed record LayerAggregationResult(
    PointAggregationResult? Points,
    IReadOnlyList<ZoneCoverage>? Zones,
    IReadOnlyList<ArealEstimate>? Estimates,
    IReadOnlyList<LineLength>? Lines,
    IReadOnlyList<AggregationIssue> Issues)
{
    /// <summary>The cell statistics per buurt of a raster layer, in buurt order.</summary>
    public IReadOnlyList<RasterStatistics>? Raster { get; init; }
}
