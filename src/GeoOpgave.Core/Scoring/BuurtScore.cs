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
    /// descending (onbekend last), then input order. 0 when not ranked or when no opgave of the buurt is known.
    /// </summary>
    public int PriorityRank { get; init; }

    /// <summary>The key to list buurten in priority order by: <see cref="PriorityRank"/>, with the buurten that are not
    /// ranked last.</summary>
    public int PriorityOrder => PriorityRank > 0 ? PriorityRank : int.MaxValue;

    /// <summary>
    /// Why the buurt is left out of the percentiles and the ranking ("minder dan 50 inwoners en 50 woningen (15
    /// inwoners, 6 woningen)"), shown as "niet gerangschikt"; null when it is ranked. Its opgaven are then onbekend.
    /// </summary>
    public string? NotRankedReason { get; init; }

    /// <summary>
    /// How many opgaven are known (not onbekend) here: the y of "x van y bekende opgaven urgent", so that an opgave
    /// without data never reads as not urgent.
    /// </summary>
    public int KnownOpgaven => Opgaven.Count(o => o.Class != UrgencyClass.Onbekend);

    /// <summary>The ids of the urgent opgaven, in profile order: the buurt's overlap signature.</summary>
    public IReadOnlyList<string> Signature => Opgaven.Where(o => o.IsUrgent).Select(o => o.OpgaveId).ToArray();
}
