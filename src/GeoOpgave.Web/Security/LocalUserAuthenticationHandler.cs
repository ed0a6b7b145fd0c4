using System.Security.Claims;
using System.Text.Encodings.Web;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Web.Security;

/// <summary>In local mode everyone who reaches the app is the person at the machine: the local user with every
/// role.</summary>
public sealed class LocalUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Lokaal";

    /// <summary>The name the local user carries, in the UI and in the audit log.</summary>
    public static string LocalUserName { get; } = $"lokaal:{Environment.UserName}";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, LocalUserName) };
        claims.AddRange(UserRoles.All.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
