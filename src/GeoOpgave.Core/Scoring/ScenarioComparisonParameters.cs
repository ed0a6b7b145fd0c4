namespace GeoOpgave.Core.Scoring;

/// <summary>Two scoring results of the same buurten (e.g. two profiles) to set side by side.</summary>
/// <param name="Baseline">Scenario A.</param>
/// <param name="Alternative">Scenario B.</param>
/// <param name="TopK">Size of the priority selection whose entries and exits are reported.</param>
public sealed record ScenarioComparisonParameters(ScoringResult Baseline, ScoringResult Alternative, int TopK);
