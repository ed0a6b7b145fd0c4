namespace GeoOpgave.Core.Scoring;

/// <summary>Per buurt (in scenario A's order) both scenarios, and how the top-k selection changes.</summary>
/// <param name="Entering">Buurten in B's top k but not in A's, by rank in B.</param>
/// <param name="Leaving">Buurten in A's top k but not in B's, by rank in A.</param>
public sealed record ScenarioComparisonResult(
    int TopK,
    IReadOnlyList<BuurtComparison> Buurten,
    IReadOnlyList<string> Entering,
    IReadOnlyList<string> Leaving);
