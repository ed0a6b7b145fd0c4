namespace GeoOpgave.Core.Aggregation;

/// <summary>The statistics of every area (by code; areas without points have count 0) and the points in none.</summary>
public sealed record PointAggregationResult(IReadOnlyDictionary<string, PointStatistics> ByArea, long Unassigned);
