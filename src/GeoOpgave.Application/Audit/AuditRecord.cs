namespace GeoOpgave.Application.Audit;

/// <summary>What one audit entry will say about a change; <see cref="AuditLog"/> adds the actor and the time.</summary>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="Target">What the change was made to, by the name the user knows it by.</param>
/// <param name="Details">Serialised as a JSON object; null for none.</param>
public sealed record AuditRecord(string Action, string Target, IReadOnlyDictionary<string, object?>? Details = null);
