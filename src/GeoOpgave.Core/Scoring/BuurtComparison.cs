namespace GeoOpgave.Core.Scoring;

/// <summary>
/// One buurt in two scenarios. Differences are B − A: a negative rank difference means B puts it earlier. A rank is
/// null where that scenario does not rank the buurt (see <see cref="BuurtScore.NotRankedReason"/>).
/// </summary>
public sealed record BuurtComparison(
    string BuurtCode,
    int OverlapA,
    int OverlapB,
    int? RankA,
    int? RankB,
    double? CombinedScoreA,
    double? CombinedScoreB)
{
    public int OverlapDifference => OverlapB - OverlapA;

    public int? RankDifference => RankB - RankA;
}
