namespace GeoOpgave.Core.Issues;

/// <summary>How much an issue weighs.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing (e.g. how many CBS sentinels became unknown); the import is fine.</summary>
    Info,

    /// <summary>The reader changed or skipped something (a repaired geometry); the import can go ahead.</summary>
    Warning,

    /// <summary>Data was rejected or cannot be trusted; the import must not land.</summary>
    Error,
}
