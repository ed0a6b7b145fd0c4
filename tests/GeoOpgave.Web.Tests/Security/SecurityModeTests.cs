using System.Net;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Tests.Security;

public sealed class SecurityModeTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void ListensOnLoopbackOnly_LoopbackAddress_IsTrue(string address)
    {
        Assert.True(SecurityMode.ListensOnLoopbackOnly([address, "https://localhost:5001"]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("http://geoopgave.gemeente.nl")]
    public void ListensOnLoopbackOnly_AnyNonLoopbackAddress_IsFalse(string address)
    {
        Assert.False(SecurityMode.ListensOnLoopbackOnly(["http://127.0.0.1:5000", address]));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.1.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("evil.example", false)]
    [InlineData("localhost.evil.example", false)]
    [InlineData("192.168.1.20", false)]
    public void IsLoopbackHost_Name_IsLoopbackOnlyForLocalhostAndLoopbackAddresses(string host, bool expected)
    {
        Assert.Equal(expected, SecurityMode.IsLoopbackHost(host));
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("::ffff:127.0.0.1", null, true)]
    [InlineData("192.168.1.20", null, false)]
    [InlineData("127.0.0.1", "X-Forwarded-For", false)]
    [InlineData("127.0.0.1", "x-forwarded-proto", false)]
    [InlineData("127.0.0.1", "Forwarded", false)]
    [InlineData("127.0.0.1", "Via", false)]
    [InlineData("127.0.0.1", "X-Original-For", false)]
    public void IsFromThisMachine_RemoteAddressAndHeaders_NeedLoopbackAndNoProxy(
        string remote,
        string? header,
        bool expected
    )
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (header is not null)
        {
            context.Request.Headers[header] = "x";
        }

        Assert.Equal(expected, SecurityMode.IsFromThisMachine(context));
    }

    [Fact]
    public async Task Requests_NoAccountsOnLoopback_AreTheLocalUserWithEveryRole()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        using var api = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));
        using var audit = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Contains("Lokale modus", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_OnceAnAccountExists_NeedALogin()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();
        using var before = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));

        await factory.AddUserAsync("anne", "beheerder");
        using var api = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/overzicht", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(
            "http://localhost/account/login?ReturnUrl=%2Foverzicht",
            page.Headers.Location?.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Login_ValidAccount_OpensTheMapWithoutLocalModeBadge()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("bert", "planner");
        using var client = factory.CreateBrowserlikeClient();

        using var login = await SecuredWebFactory.LoginAsync(client, "bert", SecuredWebFactory.Password);
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("Ingelogd als bert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lokale modus", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_RequireLoginSetWithoutAccounts_AreServerMode()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();

        using var api = await client.GetAsync(new Uri("/api/buurten", UriKind.Relative));
        var login = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Inloggen", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_Always_CarryTheSecurityHeaders()
    {
        using var factory = new SecuredWebFactory();
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").First();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("https://service.pdok.nl", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }
}
