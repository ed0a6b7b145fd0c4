namespace GeoOpgave.Application.Agenda;

/// <summary>One opgave in one buurt: score 0–100 (null when onbekend) and class hoog, midden, laag or
/// onbekend.</summary>
public sealed record AgendaOpgaveScore(string OpgaveId, double? Score, string Class);
