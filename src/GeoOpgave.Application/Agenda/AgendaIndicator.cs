namespace GeoOpgave.Application.Agenda;

/// <summary>
/// An indicator of the profile in the area against the gemeente: population-weighted means over the buurten with a
/// known value (a single buurt: its own value).
/// </summary>
/// <param name="Opgaven">The opgaven that use the indicator.</param>
/// <param name="Difference">Value − gemeente average, in the indicator's unit; null when either is unknown.</param>
public sealed record AgendaIndicator(
    string Id,
    string Name,
    string Unit,
    string Source,
    IReadOnlyList<string> Opgaven,
    double? Value,
    string FormattedValue,
    double? GemeenteAverage,
    string FormattedGemeenteAverage,
    double? Difference);
