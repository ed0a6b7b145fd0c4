using GeoOpgave.Storage.Selecties;

namespace GeoOpgave.Application.Selecties;

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
    string CreatedBy)
{
    internal static Selectie From(StoredSelectie stored) =>
        new(
            stored.Id,
            stored.Name,
            stored.Notes,
            stored.Codes,
            stored.ProfielId,
            stored.CreatedAt,
            stored.UpdatedAt,
            stored.CreatedBy
        );
}
