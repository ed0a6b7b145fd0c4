using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Scoring;

/// <summary>Which score to explain.</summary>
/// <param name="Result">The scoring result the score comes from.</param>
/// <param name="Buurten">The buurten that were scored (for names and gemeenten), in any order.</param>
/// <param name="BuurtCode">The buurt to explain.</param>
/// <param name="OpgaveId">The opgave to explain.</param>
public sealed record ExplanationParameters(ScoringResult Result, IReadOnlyList<Area> Buurten, string BuurtCode, string OpgaveId);
