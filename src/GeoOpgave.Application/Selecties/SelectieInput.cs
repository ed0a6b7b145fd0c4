namespace GeoOpgave.Application.Selecties;

/// <summary>What a planner saves as a selectie. On a change, what is null keeps the selectie's own value, so a rename
/// sends the name only.</summary>
/// <param name="Name">Unique name of at most <see cref="MaxNameLength"/> characters; surrounding spaces are
/// dropped.</param>
/// <param name="Notes">Free text of at most <see cref="MaxNotesLength"/> characters; null is empty on a new selectie and the notes it has on a change.</param>
/// <param name="Codes">Buurt (BU…) and wijk (WK…) codes; case and spaces do not matter, repeats count once. Null is
/// none on a new selectie (refused as empty) and the codes it has on a change; an empty list is always refused.</param>
/// <param name="Profiel">The id of a profile of the catalogue that the selectie's agenda is made with; empty for
/// none, null for none on a new selectie and the profile it has on a change.</param>
public sealed record SelectieInput(string Name, string? Notes, IReadOnlyList<string>? Codes, string? Profiel)
{
    /// <summary>The longest name, in characters: a name is a label on the map's panel and in lists.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest notes, in characters.</summary>
    public const int MaxNotesLength = 4000;
}
