namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The diagnostics of an analysis that <c>GET /api/analyses/diagnostiek</c> answers, <c>geoopgave analyse
/// --diagnose</c> prints and /overzicht shows; the property names are those of the JSON.
/// </summary>
/// <param name="BuurtCount">The buurten the shares are of.</param>
/// <param name="Opgaven">Per opgave the share of buurten per urgency class, in profile order.</param>
/// <param name="Paren">Per pair of opgaven the overlap observed against the overlap expected by chance.</param>
/// <param name="Waarschuwingen">Where the profile or the data make the overlap less trustworthy; empty when nothing was
/// found.</param>
/// <param name="Rangschikking">Which buurten are ranked, among which others, and which are left out.</param>
public sealed record DiagnosticsReport(
    ProfileInfo Profiel,
    int Year,
    int BuurtCount,
    IReadOnlyList<OpgaveDiagnostics> Opgaven,
    IReadOnlyList<PairDiagnostics> Paren,
    IReadOnlyList<WarningDiagnostics> Waarschuwingen,
    RankingDiagnostics Rangschikking);
