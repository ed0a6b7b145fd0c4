namespace GeoOpgave.Application.Analysis;

/// <summary>
/// Two opgaven in a <see cref="DiagnosticsReport"/>: the share (0–1) of buurten where both are urgent, the share
/// expected by chance from their own rates, and the lift (observed ÷ expected; null when expected is 0). Counted over
/// the <paramref name="BuurtenBekend"/> buurten where both opgaven are known.
/// </summary>
/// <param name="BuurtenSamen">Buurten where both are urgent.</param>
public sealed record PairDiagnostics(
    string A,
    string B,
    double Waargenomen,
    double Verwacht,
    double? Lift,
    int BuurtenBekend,
    int BuurtenSamen);
