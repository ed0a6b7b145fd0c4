namespace GeoOpgave.Application.Agenda;

/// <summary>A buurt of the agenda's area.</summary>
/// <param name="Population">Inhabitants; null when unknown (e.g. a CBS secret).</param>
/// <param name="PriorityRank">Rank among all buurten of the analysis (1 = first); 0 when the buurt is not
/// ranked.</param>
/// <param name="HotSpot">hotspot, coldspot, niet-significant or onbekend.</param>
/// <param name="KnownOpgaven">Opgaven that are not onbekend here: <paramref name="Overlap"/> is "x van y bekende
/// opgaven".</param>
public sealed record AgendaBuurt(
    string Code,
    string Name,
    string? WijkCode,
    double? Population,
    int Overlap,
    IReadOnlyList<string> Signature,
    int PriorityRank,
    double? CombinedScore,
    string HotSpot,
    IReadOnlyList<string> Koppelkansen,
    IReadOnlyList<AgendaOpgaveScore> Opgaven,
    int KnownOpgaven)
{
    /// <summary>Why the buurt is left out of the ranking ("minder dan 50 inwoners en 50 woningen (…)"); null when it is
    /// ranked.</summary>
    public string? NotRankedReason { get; init; }
}
