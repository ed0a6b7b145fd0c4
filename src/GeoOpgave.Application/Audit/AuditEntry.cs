namespace GeoOpgave.Application.Audit;

/// <summary>One audit log entry as the hosts show it; <see cref="DetailsJson"/> is a JSON object.</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset Time,
    string User,
    string Action,
    string Target,
    string DetailsJson
);
