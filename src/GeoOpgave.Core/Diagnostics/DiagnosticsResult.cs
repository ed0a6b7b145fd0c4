namespace GeoOpgave.Core.Diagnostics;

/// <summary>How a profile behaves on a set of buurten: urgency rates, overlap against chance, and warnings.</summary>
/// <param name="Opgaven">One entry per opgave, in profile order.</param>
/// <param name="Pairs">One entry per pair of opgaven (i before j in profile order).</param>
/// <param name="Warnings">What makes the overlap less trustworthy, in Dutch; empty when nothing was found.</param>
public sealed record DiagnosticsResult(
    IReadOnlyList<OpgaveRates> Opgaven,
    IReadOnlyList<OpgavePairOverlap> Pairs,
    IReadOnlyList<DiagnosticWarning> Warnings);
