namespace GeoOpgave.Application.Agenda;

/// <summary>Whose gebiedsagenda: one buurt, one wijk, or a selectie of buurt-, wijk- and gemeentecodes.</summary>
/// <param name="Codes">CBS codes (BU…, WK…, GM…); case and spaces do not matter, a buurt named twice counts
/// once.</param>
/// <param name="Profiel">The profile id; null for the default profile.</param>
public sealed record AgendaRequest(IReadOnlyList<string> Codes, string? Profiel)
{
    /// <summary>The CBS year; null for the latest.</summary>
    public int? Year { get; init; }
}
