namespace GeoOpgave.Application.Analysis;

/// <summary>Which analysis to run.</summary>
/// <param name="Profiel">The profile id; null for the default profile.</param>
public sealed record AnalysisRequest(string? Profiel)
{
    /// <summary>The CBS year; null for the latest year in the workspace.</summary>
    public int? Year { get; init; }

    public HotSpotOptions HotSpots { get; init; } = new();
}
