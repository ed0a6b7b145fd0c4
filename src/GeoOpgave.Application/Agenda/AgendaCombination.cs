namespace GeoOpgave.Application.Agenda;

/// <summary>A koppelkans of planned works in the area with the works that make it.</summary>
/// <param name="KoppelkansId">The koppelkans id.</param>
/// <param name="KoppelkansName">Its Dutch name.</param>
/// <param name="Works">The works it combines.</param>
/// <param name="Buurten">The buurten of the area where it applies with these works.</param>
public sealed record AgendaCombination(
    string KoppelkansId,
    string KoppelkansName,
    IReadOnlyList<AgendaWork> Works,
    IReadOnlyList<string> Buurten
)
{
    /// <summary>
    /// For a koppelkans of two werksoorten: which of the works pair up on one street, per buurt; empty when one work in
    /// the buurt is enough.
    /// </summary>
    public IReadOnlyList<AgendaWorkPair> Pairs { get; init; } = [];
}
