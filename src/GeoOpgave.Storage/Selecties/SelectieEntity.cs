namespace GeoOpgave.Storage.Selecties;

/// <summary>One saved selectie: a planner's named set of buurt and wijk codes with notes.</summary>
public sealed class SelectieEntity
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Notes { get; set; }

    /// <summary>The BU/WK codes as a JSON array of strings.</summary>
    public required string CodesJson { get; set; }

    /// <summary>The profiel the selectie was made with; null when none was chosen.</summary>
    public string? ProfielId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }
}
