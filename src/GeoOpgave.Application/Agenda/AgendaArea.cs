namespace GeoOpgave.Application.Agenda;

/// <summary>An area the agenda was asked for.</summary>
/// <param name="Level">buurt, wijk or gemeente.</param>
/// <param name="BuurtCount">How many buurten of the analysis lie in it.</param>
public sealed record AgendaArea(string Code, string Name, string Level, int BuurtCount);
