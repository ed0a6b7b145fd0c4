namespace GeoOpgave.Application.Agenda;

/// <summary>One opgave over the agenda's area.</summary>
/// <param name="Score">Population-weighted mean score (0–100) over the area's buurten; null when unknown.</param>
/// <param name="UrgentBuurten">Buurten of the area where the opgave is urgent (class hoog).</param>
/// <param name="Explanations">
/// Per buurt where the opgave is urgent, highest score first; for a single buurt every opgave is explained.
/// </param>
public sealed record AgendaOpgave(
    string Id,
    string Name,
    string Colour,
    double? Score,
    int UrgentBuurten,
    IReadOnlyList<AgendaExplanation> Explanations);
