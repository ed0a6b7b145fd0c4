using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Scoring;

/// <summary>Which score to explain.</summary>
/// <param name="Result">The scoring result the score comes from.</param>
/// <param name="Buurten">The buurten that were scored (for names and gemeenten), in any order.</param>
/// <param name="BuurtCode">The buurt to explain.</param>
/// <param name="OpgaveId">The opgave to explain.</param>
public sealed record ExplanationParameters(
    ScoringResult Result,
    IReadOnlyList<Area> Buurten,
    string BuurtCode,
    string OpgaveId
)
{
    /// <summary>The values that were scored, so each raw value is written with its reference year; null leaves the year
    /// out.</summary>
    public IndicatorTable? Indicators { get; init; }
}
