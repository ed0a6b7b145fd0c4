using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// All opgaven of one buurt, how many are urgent there (overlap) and which koppelkansen apply.
/// </summary>
public sealed record BuurtScore(
    string BuurtCode,
    IReadOnlyList<OpgaveScore> Opgaven,
    int Overlap,
    IReadOnlyList<KoppelkansDefinition> Koppelkansen);
