namespace GeoOpgave.Core.Aggregation;

/// <summary>Length per class (ordinal; null class first) and area (in the order given), and the lines and areas that
/// were repaired or skipped.</summary>
public sealed record LineAggregationResult(IReadOnlyList<LineLength> Lengths, IReadOnlyList<AggregationIssue> Issues);
