using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace GeoOpgave.Web.Security;

/// <summary>
/// The authorization policies every endpoint and page names. Lezen admits any role (a bestuurder reads
/// everything); the others admit the one role that may make that kind of change.
/// </summary>
public static class Policies
{
    public const string Lezen = "Lezen";

    public const string Analist = "Analist";

    public const string Planner = "Planner";

    public const string Beheerder = "Beheerder";

    /// <summary>The roles each policy admits; the authorization-matrix test reads its expectations from here.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [Lezen] = UserRoles.All,
            [Analist] = [UserRoles.Analist],
            [Planner] = [UserRoles.Planner],
            [Beheerder] = [UserRoles.Beheerder],
        };

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        // Defence in depth: anything that slips through without a policy (the matrix test fails on it) still needs a
        // role.
        options.FallbackPolicy = options.GetPolicy(Lezen);
    }
}
