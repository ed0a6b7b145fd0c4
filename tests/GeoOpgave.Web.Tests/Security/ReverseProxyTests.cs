using System.Net;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>
/// Behind nginx on the same machine (a real loopback port; the test client is the proxy): forwarded headers count
/// only from a named proxy, naming one makes the app a server (login required, any Host name), and an HTTPS
/// request gets HSTS.
/// </summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Get_FromTheNamedProxyForHttps_NeedsALoginAndGetsHsts()
    {
        using var server = new GeoOpgaveServer
        {
            Settings = new Dictionary<string, string> { ["GeoOpgave:ReverseProxy:KnownProxies:0"] = "127.0.0.1" },
        };

        using var response = await ThroughProxyAsync(server);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(
            "max-age=31536000",
            string.Join(";", response.Headers.GetValues("Strict-Transport-Security")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Get_ForwardedHttpsWithoutANamedProxy_NotBelievedNoHsts()
    {
        // Login required, so that the foreign Host is served at all (a local-mode host refuses it, see
        // LoopbackSecurityTests).
        using var server = new GeoOpgaveServer
        {
            Settings = new Dictionary<string, string> { ["GeoOpgave:Security:RequireLogin"] = "true" },
        };

        using var response = await ThroughProxyAsync(server);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Start_ProxyThatIsNoAddress_StopsWithItsName()
    {
        using var server = new GeoOpgaveServer
        {
            Settings = new Dictionary<string, string> { ["GeoOpgave:ReverseProxy:KnownProxies:0"] = "nginx.lokaal" },
        };

        var error = Assert.ThrowsAny<Exception>(() => server.RootUri);

        Assert.Contains("'nginx.lokaal' is geen IP-adres", error.ToString(), StringComparison.Ordinal);
    }

    // What nginx sends with proxy_set_header Host, X-Forwarded-For and X-Forwarded-Proto.
    private static async Task<HttpResponseMessage> ThroughProxyAsync(GeoOpgaveServer server)
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
        request.Headers.Host = "geoopgave.gemeente.example";
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }
}
