namespace GeoOpgave.Application.Agenda;

/// <summary>A koppelkans that applies in at least one buurt of the area.</summary>
/// <param name="BuurtCount">In how many buurten of the area it applies.</param>
/// <param name="Buurten">Those buurten, by priority.</param>
public sealed record AgendaKoppelkans(
    string Id,
    string Name,
    IReadOnlyList<string> Opgaven,
    string Rationale,
    int BuurtCount,
    IReadOnlyList<string> Buurten);
