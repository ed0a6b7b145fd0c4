namespace GeoOpgave.Core.Aggregation;

/// <summary>The statistics of every area (by code; areas without points have count 0) and the points in none.</summary>
/// <param name="ByArea">Per area code, its statistics.</param>
/// <param name="Unassigned">Points in no area, including points with a NaN coordinate.</param>
public sealed record PointAggregationResult(IReadOnlyDictionary<string, PointStatistics> ByArea, long Unassigned)
{
    /// <summary>Areas that were repaired or empty.</summary>
    public IReadOnlyList<AggregationIssue> Issues { get; init; } = [];
}
