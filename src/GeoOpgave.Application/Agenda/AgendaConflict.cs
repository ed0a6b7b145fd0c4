namespace GeoOpgave.Application.Agenda;

/// <summary>The same street opened twice by different owners within the profile's conflict window.</summary>
/// <param name="YearsApart">How many years apart the two works are.</param>
/// <param name="Buurten">The buurten of the area where they meet.</param>
public sealed record AgendaConflict(AgendaWork First, AgendaWork Second, int YearsApart, IReadOnlyList<string> Buurten);
