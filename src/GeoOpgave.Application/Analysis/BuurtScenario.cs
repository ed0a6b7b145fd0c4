namespace GeoOpgave.Application.Analysis;

/// <summary>
/// One buurt in scenario A and B; differences are B − A (a negative rank difference: B puts it earlier). A rank is null
/// where that scenario does not rank the buurt.
/// </summary>
public sealed record BuurtScenario(
    string Code,
    string Name,
    string? WijkCode,
    int OverlapA,
    int OverlapB,
    int OverlapDifference,
    int? RankA,
    int? RankB,
    int? RankDifference,
    double? CombinedScoreA,
    double? CombinedScoreB);
