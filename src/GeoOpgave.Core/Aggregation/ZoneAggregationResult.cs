namespace GeoOpgave.Core.Aggregation;

/// <summary>Coverage per class (ordinal) and area (in the order given), and the zones and areas that were repaired or
/// skipped.</summary>
public sealed record ZoneAggregationResult(
    IReadOnlyList<ZoneCoverage> Coverage,
    IReadOnlyList<AggregationIssue> Issues
);
