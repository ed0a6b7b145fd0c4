namespace GeoOpgave.Storage.Audit;

/// <summary>One row of the append-only audit log: who did what to which target, and when.</summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset Time { get; set; }

    public required string User { get; set; }

    public required string Action { get; set; }

    public required string Target { get; set; }

    /// <summary>Extra facts about the action as a JSON object; "{}" when there are none.</summary>
    public required string DetailsJson { get; set; }

    /// <summary>SHA-256 over this row and the previous row's hash (<see cref="AuditChain"/>); null only for rows
    /// written before the chain.</summary>
    public string? Hash { get; set; }
}
