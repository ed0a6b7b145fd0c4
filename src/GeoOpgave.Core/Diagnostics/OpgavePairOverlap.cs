namespace GeoOpgave.Core.Diagnostics;

/// <summary>
/// How often two opgaven are urgent (hoog) together, against what their own rates would give by chance. Counted over
/// the buurten where both opgaven are known, so that onbekend never reads as not urgent.
/// </summary>
/// <param name="BothKnown">Buurten where neither opgave is onbekend: the base of the shares below.</param>
/// <param name="BothUrgent">Buurten where both are hoog.</param>
/// <param name="Observed">BothUrgent ÷ BothKnown (0 when no buurt has both).</param>
/// <param name="Expected">The product of the two hoog rates over the same buurten: the overlap if they were
/// independent.</param>
/// <param name="Lift">Observed ÷ Expected; null when Expected is 0.</param>
public sealed record OpgavePairOverlap(
    string OpgaveA,
    string OpgaveB,
    int BothKnown,
    int BothUrgent,
    double Observed,
    double Expected,
    double? Lift);
