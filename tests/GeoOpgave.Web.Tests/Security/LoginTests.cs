using System.Net;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

public sealed class LoginTests
{
    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("carla", "analist");
        using var client = factory.CreateBrowserlikeClient();

        for (var i = 0; i < UsersServiceCollectionExtensions.MaxFailedAccessAttempts; i++)
        {
            using var wrong = await SecuredWebFactory.LoginAsync(client, "carla", "fout-wachtwoord-" + i);
            Assert.Contains("fout=", wrong.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var right = await SecuredWebFactory.LoginAsync(client, "carla", SecuredWebFactory.Password);
        using var unknown = await SecuredWebFactory.LoginAsync(client, "bestaat-niet", SecuredWebFactory.Password);
        using var api = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));

        // The locked account and an unknown name get the same answer: the page does not tell which names exist.
        Assert.Contains("fout=onjuist", right.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(right.Headers.Location, unknown.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("carla"))!));
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejectedAndSetsNoCookie()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("dirk", "analist");
        using var client = factory.CreateBrowserlikeClient();
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["gebruiker"] = "dirk", ["wachtwoord"] = SecuredWebFactory.Password }
        );

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        using var api = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(
            response.Headers.Contains("Set-Cookie")
                && response
                    .Headers.GetValues("Set-Cookie")
                    .Any(c => c.StartsWith("GeoOpgave.Login", StringComparison.Ordinal))
        );
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_AreRateLimited()
    {
        using var factory = new SecuredWebFactory { LoginAttemptsPerMinute = 3 };
        await factory.AddUserAsync("eva", "planner");
        using var client = factory.CreateBrowserlikeClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await SecuredWebFactory.LoginAsync(client, "eva", "fout-" + i);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests],
            statuses
        );
    }

    [Fact]
    public async Task LoginPage_ReturnUrlWithMarkup_IsEncodedIntoTheForm()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();

        using var response = await client.GetAsync(
            new Uri("/account/login?returnUrl=%2F%22%3E%3Cscript%3Ex()%3C%2Fscript%3E&fout=onjuist", UriKind.Relative)
        );
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains(
            "name=\"returnUrl\" value=\"/&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("data-testid=\"login-fout\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginCookie_AfterLogin_IsHttpOnlyAndSameSiteLax()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("fleur", "bestuurder");
        using var client = factory.CreateBrowserlikeClient();

        using var login = await SecuredWebFactory.LoginAsync(client, "fleur", SecuredWebFactory.Password);

        var cookie = login
            .Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("GeoOpgave.Login=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
