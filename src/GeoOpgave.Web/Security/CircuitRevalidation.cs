using System.Security.Claims;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Re-checks the user of an open Blazor circuit every <see cref="SecurityOptions.CircuitRevalidationSeconds"/>: a
/// removed account, a changed password (security stamp) or changed roles end the circuit's rights, so a removed
/// analist loses upload and delete on a page that stayed open. The local user stays valid while this is a
/// local-mode host (no account, login not required).
/// </summary>
internal sealed class CircuitRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<SecurityOptions> options,
    AccountPresence accounts
) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval =>
        TimeSpan.FromSeconds(Math.Max(1, options.Value.CircuitRevalidationSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState,
        CancellationToken cancellationToken
    )
    {
        var principal = authenticationState.User;
        if (principal.Identity is not { IsAuthenticated: true } identity)
        {
            return true;
        }

        if (identity.AuthenticationType == LocalUserAuthenticationHandler.SchemeName)
        {
            return !options.Value.RequireLogin && !await accounts.AnyAsync(cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return false;
        }

        var stampType = scope
            .ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>()
            .Value.ClaimsIdentity.SecurityStampClaimType;
        if (
            users.SupportsUserSecurityStamp
            && principal.FindFirstValue(stampType) != await users.GetSecurityStampAsync(user)
        )
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        return roles
            .ToHashSet(StringComparer.Ordinal)
            .SetEquals(principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }
}
