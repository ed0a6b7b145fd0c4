namespace GeoOpgave.Application.Agenda;

/// <summary>Two works of a combination that lie on the same street in a buurt, within the koppelkans's
/// window.</summary>
/// <param name="FirstId">The work with the smaller id.</param>
/// <param name="SecondId">The other work.</param>
/// <param name="Buurtcode">The buurt where they meet.</param>
public sealed record AgendaWorkPair(string FirstId, string SecondId, string Buurtcode);
