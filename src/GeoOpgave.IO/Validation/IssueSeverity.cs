namespace GeoOpgave.IO.Validation;

/// <summary>How much an <see cref="ImportIssue"/> weighs.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing (e.g. how many CBS sentinels became unknown); the import is fine.</summary>
    Info,

    /// <summary>The reader changed or skipped something (a repaired geometry); the import can go ahead.</summary>
    Warning,

    /// <summary>Data was rejected or cannot be trusted; the import must not land.</summary>
    Error,
}
