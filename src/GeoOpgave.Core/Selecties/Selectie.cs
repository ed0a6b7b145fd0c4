namespace GeoOpgave.Core.Selecties;

/// <summary>A planner's saved selectie of buurten and wijken; <see cref="Codes"/> keeps the order it was saved
/// in.</summary>
public sealed record Selectie(
    long Id,
    string Name,
    string Notes,
    IReadOnlyList<string> Codes,
    string? ProfielId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CreatedBy);
