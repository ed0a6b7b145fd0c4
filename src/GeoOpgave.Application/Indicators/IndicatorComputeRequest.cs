namespace GeoOpgave.Application.Indicators;

/// <summary>What to derive: the defined indicators of a profiel's catalogue, for the buurten of a year.</summary>
/// <param name="ProfielId">The profiel whose catalogue holds the definitions; null for the default profiel.</param>
/// <param name="Engine">The engine that computes.</param>
/// <param name="Year">The year of the buurten; null for the latest year with buurten.</param>
public sealed record IndicatorComputeRequest(string? ProfielId, IndicatorEngine Engine, int? Year)
{
    /// <summary>Only these indicator ids; null or empty for every defined indicator.</summary>
    public IReadOnlyList<string>? IndicatorIds { get; init; }
}
