using System.Security.Claims;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Which role a refused user lacks and how to get it, so that a 403 of the API and the no-access page both say what
/// to ask for instead of only "no".
/// </summary>
internal static class MissingRole
{
    /// <summary>The role that the first policy of the endpoint that <paramref name="user"/> does not meet asks
    /// for; null when the endpoint names no such policy.</summary>
    public static string? Of(Endpoint? endpoint, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var policies = endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy) ?? [];
        foreach (var policy in policies.OfType<string>())
        {
            if (Policies.Roles.TryGetValue(policy, out var roles) && !roles.Any(user.IsInRole))
            {
                return roles[0];
            }
        }

        return null;
    }

    /// <summary>
    /// "Hiervoor is de rol … nodig" with the command a beheerder runs to add it. <c>users roles</c> replaces the
    /// roles, so the command keeps the ones the user already has.
    /// </summary>
    public static string Hint(string role, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
        var roles = UserRoles.All.Where(user.IsInRole).Append(role).Distinct(StringComparer.Ordinal);
        return $"Hiervoor is de rol {role} nodig. Vraag een beheerder: geoopgave users roles {name ?? "NAAM"} "
            + string.Join(' ', roles.Select(r => "--role " + r));
    }
}
