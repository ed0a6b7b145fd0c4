namespace GeoOpgave.Application.Analysis;

/// <summary>Two profiles side by side: what <c>GET /api/analyses/compare</c> answers.</summary>
/// <param name="Profiel">Scenario A.</param>
/// <param name="Met">Scenario B.</param>
/// <param name="Entering">Buurten in B's top k but not in A's, by rank in B.</param>
/// <param name="Leaving">Buurten in A's top k but not in B's, by rank in A.</param>
/// <param name="BuurtenWithOtherOverlap">How many buurten have another overlap in B than in A.</param>
/// <param name="Buurten">Every buurt, by rank in A.</param>
public sealed record ScenarioReport(
    ProfileInfo Profiel,
    ProfileInfo Met,
    int Year,
    int TopK,
    IReadOnlyList<string> Entering,
    IReadOnlyList<string> Leaving,
    int BuurtenWithOtherOverlap,
    IReadOnlyList<BuurtScenario> Buurten);
