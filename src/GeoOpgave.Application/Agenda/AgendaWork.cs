namespace GeoOpgave.Application.Agenda;

/// <summary>A planned work in the area, as the agenda's Planning section lists it.</summary>
/// <param name="Id">The work id ("riool_grp:3").</param>
/// <param name="Soort">The werksoort's Dutch name (its id when the profile does not know it).</param>
/// <param name="Naam">The work's name, or null.</param>
/// <param name="Start">The first year, or null when unknown.</param>
/// <param name="Eind">The last year, or null.</param>
/// <param name="Eigenaar">The owner, or null.</param>
/// <param name="Status">The planning status, or null.</param>
/// <param name="Buurten">The buurten of the area it touches, by code.</param>
public sealed record AgendaWork(
    string Id,
    string Soort,
    string? Naam,
    int? Start,
    int? Eind,
    string? Eigenaar,
    string? Status,
    IReadOnlyList<string> Buurten)
{
    /// <summary>Known only by its buurt code (<see cref="Core.Werken.PlannedWork.BuurtOnly"/>): its street is not
    /// known, so what it combines with lies in the same buurt, not necessarily on the same street.</summary>
    public bool BuurtOnly { get; init; }
}
