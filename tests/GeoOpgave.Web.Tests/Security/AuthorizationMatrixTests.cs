using System.Net;
using GeoOpgave.Application.Users;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>
/// Every routed endpoint of the app, asked by anonymous and by each role in server mode, answers as its declared
/// policy says; an endpoint without a policy fails the test by route.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<SecuredWebFactory>
{
    private readonly SecuredWebFactory _factory;

    public AuthorizationMatrixTests(SecuredWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public void Endpoints_EveryRoute_DeclaresAPolicyOrAllowsAnonymousOnPurpose()
    {
        var probes = Probes(includeStaticAssets: true);

        // The one exception is the framework's own static-file fallback when running from build output (MapStaticAssets
        // adds it outside any convention, and publishing drops it); the fallback policy still demands a role there,
        // which the request matrix below checks.
        var missing = probes
            .Where(p => !p.DeclaresPolicy && p.Route != "{**path:file}")
            .Select(p => $"{p.Method} {p.Route} ({p.DisplayName})")
            .ToList();

        Assert.NotEmpty(probes);
        Assert.True(missing.Count == 0, "Endpoints without an authorization policy: " + string.Join(", ", missing));
    }

    [Fact]
    public void Endpoints_AnonymousOnes_AreOnlyStaticAssetsLoginAndNotFound()
    {
        var anonymous = Probes(includeStaticAssets: false)
            .Where(p => p.AllowsAnonymous)
            .Select(p => p.Route)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["/account/geen-toegang", "/account/login", "/account/setup", "/not-found"], anonymous);
    }

    [Fact]
    public async Task Endpoints_EachRoleAndAnonymousInServerMode_AnswerAsTheirPolicySays()
    {
        await EnsureAccountsAsync();
        var probes = Probes(includeStaticAssets: false)
            .OrderBy(p => p.Route.StartsWith("/account/logout", StringComparison.Ordinal))
            .ToList();
        var mismatches = new List<string>();

        foreach (var role in new string?[] { null }.Concat(UserRoles.All))
        {
            using var client = _factory.CreateBrowserlikeClient();
            if (role is not null)
            {
                using var login = await SecuredWebFactory.LoginAsync(
                    client,
                    "matrix-" + role,
                    SecuredWebFactory.Password
                );
                Assert.Equal("/", login.Headers.Location?.OriginalString);
            }

            foreach (var probe in probes)
            {
                using var request = new HttpRequestMessage(
                    new HttpMethod(probe.Method),
                    new Uri(probe.Url, UriKind.Relative)
                );
                using var response = await client.SendAsync(request);
                var outcome = Describe(response, probe.IsApi);
                var expected = Expected(probe, role);
                if (!string.Equals(outcome, expected, StringComparison.Ordinal))
                {
                    mismatches.Add(
                        $"{role ?? "anoniem"} {probe.Method} {probe.Url}: verwacht {expected}, kreeg {outcome} ({(int)response.StatusCode})"
                    );
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private async Task EnsureAccountsAsync()
    {
        using var warmUp = _factory.CreateBrowserlikeClient();
        foreach (var role in UserRoles.All)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserService>();
            if ((await users.ListAsync(CancellationToken.None)).All(u => u.Name != "matrix-" + role))
            {
                await _factory.AddUserAsync("matrix-" + role, role);
            }
        }
    }

    private List<EndpointProbe> Probes(bool includeStaticAssets)
    {
        using var warmUp = _factory.CreateBrowserlikeClient();
        return _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => includeStaticAssets || !e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
            .Select(EndpointProbe.From)
            .ToList();
    }

    private static string Expected(EndpointProbe probe, string? role)
    {
        if (probe.AllowsAnonymous || (role is not null && probe.Policies.All(p => Admits(p, role))))
        {
            return "toegestaan";
        }

        return role is null ? "inloggen" : "geweigerd";
    }

    private static bool Admits(string policy, string role) =>
        !Policies.Roles.TryGetValue(policy, out var roles) || roles.Contains(role);

    // An API call must be told 401/403 itself; only pages are redirected to the login or no-access page.
    private static string Describe(HttpResponseMessage response, bool isApi)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when isApi && location.Contains("/account/", StringComparison.Ordinal) =>
                "omleiding",
            HttpStatusCode.Unauthorized => "inloggen",
            HttpStatusCode.Forbidden => "geweigerd",
            HttpStatusCode.Redirect when location.Contains("/account/login", StringComparison.Ordinal) => "inloggen",
            HttpStatusCode.Redirect when location.Contains("/account/geen-toegang", StringComparison.Ordinal) =>
                "geweigerd",
            _ => "toegestaan",
        };
    }
}
