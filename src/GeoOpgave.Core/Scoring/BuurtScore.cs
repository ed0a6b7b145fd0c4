using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// All opgaven of one buurt, how many are urgent there (overlap) and which koppelkansen apply.
/// </summary>
public sealed record BuurtScore(
    string BuurtCode,
    IReadOnlyList<OpgaveScore> Opgaven,
    int Overlap,
    IReadOnlyList<KoppelkansDefinition> Koppelkansen)
{
    /// <summary>The unweighted mean (0–100) of the known opgave scores; null when every opgave is onbekend.</summary>
    public double? CombinedScore { get; init; }

    /// <summary>
    /// 1 = first priority among the buurten scored together: overlap descending, then combined score
    /// descending (onbekend last), then input order. 0 when not ranked.
    /// </summary>
    public int PriorityRank { get; init; }

    /// <summary>The ids of the urgent opgaven, in profile order: the buurt's overlap signature.</summary>
    public IReadOnlyList<string> Signature => Opgaven.Where(o => o.IsUrgent).Select(o => o.OpgaveId).ToArray();
}
