namespace GeoOpgave.Application.Analysis;

/// <summary>One opgave in a <see cref="DiagnosticsReport"/>: shares (0–1) of all buurten per urgency class.</summary>
/// <param name="AantalMetGegevens">Buurten where the opgave has a score (is not onbekend).</param>
public sealed record OpgaveDiagnostics(
    string Id,
    string Naam,
    double AandeelHoog,
    double AandeelMidden,
    double AandeelLaag,
    double AandeelOnbekend,
    int AantalMetGegevens);
