namespace GeoOpgave.Application.Agenda;

/// <summary>
/// A chance to shift one plan: two works on the same street that a koppelkans would combine, further apart than its
/// window.
/// </summary>
/// <param name="KoppelkansId">The koppelkans that shifting would make.</param>
/// <param name="KoppelkansName">Its Dutch name.</param>
/// <param name="WithinYears">Its window: how far apart the works may be.</param>
/// <param name="YearsApart">How far apart they are now.</param>
/// <param name="Buurten">The buurten of the area where they meet.</param>
public sealed record AgendaShift(
    string KoppelkansId,
    string KoppelkansName,
    int WithinYears,
    AgendaWork First,
    AgendaWork Second,
    int YearsApart,
    IReadOnlyList<string> Buurten
);
