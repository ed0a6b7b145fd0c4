namespace GeoOpgave.Core.Scoring;

/// <summary>Why an opgave has its score in a buurt: every indicator, the thresholds, and one Dutch sentence.</summary>
/// <param name="Year">The CBS year of the buurt and its kerncijfers; null when the buurt was not among the areas
/// given.</param>
/// <param name="Score">0–100, or null when onbekend.</param>
/// <param name="Coverage">Share (0–1) of the opgave's weight that had data.</param>
/// <param name="UrgentThreshold">The score from which the opgave is urgent (class hoog).</param>
/// <param name="AttentionThreshold">The score from which it is class midden.</param>
/// <param name="MinimumCoverage">Below this share of weight with data the opgave is onbekend.</param>
/// <param name="Indicators">In profile order.</param>
/// <param name="Sentence">E.g. "In Kerkbuurt is energie urgent (score 82): gemiddeld gasverbruik 1.850 m³ (hoogste 10 %
/// van de gemeente) en …".</param>
public sealed record OpgaveExplanation(
    string BuurtCode,
    string BuurtName,
    int? Year,
    string OpgaveId,
    string OpgaveName,
    double? Score,
    UrgencyClass Class,
    double Coverage,
    double UrgentThreshold,
    double AttentionThreshold,
    double MinimumCoverage,
    IReadOnlyList<IndicatorExplanation> Indicators,
    string Sentence)
{
    /// <summary>
    /// When the opgave is onbekend because none of its key indicators has data: their names ("corporatiewoningen");
    /// empty otherwise.
    /// </summary>
    public IReadOnlyList<string> MissingKeyIndicators { get; init; } = [];

    /// <summary>Why the buurt is not ranked (see <see cref="BuurtScore.NotRankedReason"/>); null when it is.</summary>
    public string? NotRankedReason { get; init; }
}
