namespace GeoOpgave.Core.Aggregation;

/// <summary>The statistics per area, in the order of the areas given, and the areas that were repaired or
/// empty.</summary>
public sealed record RasterAggregationResult(
    IReadOnlyList<RasterStatistics> Statistics,
    IReadOnlyList<AggregationIssue> Issues
);
