namespace GeoOpgave.Application.Analysis;

/// <summary>Who is ranked, among whom: the reference the percentiles were taken over, and the buurten left out with
/// why.</summary>
/// <param name="Referentie">The reference in Dutch, e.g. "de buurten van dezelfde gemeente".</param>
/// <param name="Gerangschikt">How many buurten are ranked.</param>
/// <param name="NietGerangschikt">The buurten left out of the percentiles and the ranking, with the reason.</param>
/// <param name="ZonderPrioriteit">Ranked buurten of which no opgave is known: they have no priority.</param>
public sealed record RankingDiagnostics(
    string Referentie,
    int Gerangschikt,
    IReadOnlyList<NotRankedBuurt> NietGerangschikt,
    int ZonderPrioriteit = 0
);

/// <summary>A buurt that is not ranked, and why ("minder dan 50 inwoners en 50 woningen (15 inwoners, 6
/// woningen)").</summary>
public sealed record NotRankedBuurt(string Code, string Naam, string Reden);
