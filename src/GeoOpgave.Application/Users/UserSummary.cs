namespace GeoOpgave.Application.Users;

/// <summary>An account as <c>users list</c> shows it; <see cref="LockedOutUntil"/> is null when not locked
/// out.</summary>
public sealed record UserSummary(string Name, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil);
