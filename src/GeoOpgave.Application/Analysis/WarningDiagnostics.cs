namespace GeoOpgave.Application.Analysis;

/// <summary>A warning in a <see cref="DiagnosticsReport"/>: a stable code, Dutch text, and the indicators and opgaven
/// it names.</summary>
public sealed record WarningDiagnostics(
    string Code,
    string Tekst,
    IReadOnlyList<string> Indicatoren,
    IReadOnlyList<string> Opgaven
);
