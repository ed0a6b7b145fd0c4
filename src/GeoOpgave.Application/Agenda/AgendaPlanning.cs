namespace GeoOpgave.Application.Agenda;

/// <summary>
/// The Planning section of a gebiedsagenda: the planned works in the area, the koppelkansen they make, the plans worth
/// shifting and the conflicts, each with owners — what a wijkteam brings to the table with corporatie and netbeheerder.
/// </summary>
/// <param name="Works">By start year (unknown last), then werksoort and id.</param>
public sealed record AgendaPlanning(
    IReadOnlyList<AgendaWork> Works,
    IReadOnlyList<AgendaCombination> Combinations,
    IReadOnlyList<AgendaShift> Shifts,
    IReadOnlyList<AgendaConflict> Conflicts)
{
    /// <summary>An area without planned works.</summary>
    public static AgendaPlanning Empty { get; } = new([], [], [], []);
}
