namespace GeoOpgave.Application.Users;

/// <summary>The roles a GeoOpgave account can hold; a user may hold several.</summary>
public static class UserRoles
{
    /// <summary>Manages users and settings and reads the audit log.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>Imports and deletes layers, defines indicators.</summary>
    public const string Analist = "analist";

    /// <summary>Edits profielen and saves selecties.</summary>
    public const string Planner = "planner";

    /// <summary>Reads everything and changes nothing.</summary>
    public const string Bestuurder = "bestuurder";

    public static IReadOnlyList<string> All { get; } = [Beheerder, Analist, Planner, Bestuurder];

    /// <summary>The canonical role name for <paramref name="role"/> (case-insensitive), or null when there is no such
    /// role.</summary>
    public static string? Find(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
