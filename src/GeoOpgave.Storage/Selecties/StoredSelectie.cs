namespace GeoOpgave.Storage.Selecties;

/// <summary>A saved selectie as read from the store; <see cref="Codes"/> keeps the order it was saved in.</summary>
public sealed record StoredSelectie(
    long Id,
    string Name,
    string Notes,
    IReadOnlyList<string> Codes,
    string? ProfielId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CreatedBy);
