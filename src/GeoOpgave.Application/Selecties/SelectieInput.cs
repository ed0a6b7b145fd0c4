namespace GeoOpgave.Application.Selecties;

/// <summary>What a planner saves as a selectie.</summary>
/// <param name="Name">Unique name; surrounding spaces are dropped.</param>
/// <param name="Notes">Free text; null is stored as empty.</param>
/// <param name="Codes">Buurt (BU…) and wijk (WK…) codes; case and spaces do not matter, repeats count once.</param>
/// <param name="Profiel">The profile id the selectie was made with; null for none.</param>
public sealed record SelectieInput(string Name, string? Notes, IReadOnlyList<string> Codes, string? Profiel);
