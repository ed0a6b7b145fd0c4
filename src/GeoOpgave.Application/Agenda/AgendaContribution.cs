namespace GeoOpgave.Application.Agenda;

/// <summary>How one indicator weighed in an opgave's score in a buurt; the contributions add up to the score.</summary>
/// <param name="Name">Dutch name, as it reads in a sentence.</param>
/// <param name="Source">Source layer and year.</param>
/// <param name="FormattedValue">The raw value in Dutch notation with its unit, or "onbekend".</param>
/// <param name="Normalised">0–100 (100 = most urgent); null when unknown.</param>
/// <param name="Contribution">Points of the score; null when unknown.</param>
/// <param name="GemeentePercentile">Percentile rank (0–100) of the raw value among the gemeente's buurten.</param>
/// <param name="Direction">hoger-is-urgenter or lager-is-urgenter.</param>
public sealed record AgendaContribution(
    string IndicatorId,
    string Name,
    string Unit,
    string Source,
    double? RawValue,
    string FormattedValue,
    double? Normalised,
    double Weight,
    double? Contribution,
    double? GemeentePercentile,
    string Direction);
