using System.Net;
using System.Text.RegularExpressions;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Users;
using GeoOpgave.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

public sealed partial class SetupEndpointsTests
{
    [Fact]
    public async Task StartUp_ServerModeWithoutAccounts_IssuesTheLinkAndAuditsIt()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();

        var entry = await WaitForAuditAsync(factory, AuditActions.SetupLinkIssued);

        Assert.Equal(SetupLinkStartup.AuditUser, entry.User);
        Assert.NotNull(factory.Services.GetRequiredService<SetupLink>().Expires);
    }

    [Fact]
    public async Task Post_ValidToken_CreatesTheFirstAccountWithEveryRoleOnceAndAuditsTheUse()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();
        await WaitForAuditAsync(factory, AuditActions.SetupLinkIssued);
        var token = factory.Services.GetRequiredService<SetupLink>().Issue(TimeSpan.FromMinutes(5));

        using var created = await PostAsync(
            client,
            token,
            "eerste",
            SecuredWebFactory.Password,
            SecuredWebFactory.Password
        );
        using var again = await client.GetAsync(new Uri($"/account/setup?token={token}", UriKind.Relative));
        using var login = await SecuredWebFactory.LoginAsync(client, "eerste", SecuredWebFactory.Password);
        using var audit = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
        using var lagen = await client.GetAsync(new Uri("/lagen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/login?fout=aangemaakt", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var users = await ListUsersAsync(factory);
        // The first account of a gemeente has to be able to do everything, importing included.
        Assert.Equal(
            UserRoles.All.Order(StringComparer.Ordinal),
            Assert.Single(users).Roles.Order(StringComparer.Ordinal)
        );
        Assert.Equal(HttpStatusCode.OK, lagen.StatusCode);
        Assert.Contains("\"setuplink.gebruikt\"", await audit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var added = await WaitForAuditAsync(factory, AuditActions.UserAdded);
        Assert.Equal((SetupLinkStartup.AuditUser, "eerste"), (added.User, added.Target));
    }

    [Fact]
    public async Task Post_PasswordsDiffer_FormAgainAndNoAccount()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();
        await WaitForAuditAsync(factory, AuditActions.SetupLinkIssued);
        var token = factory.Services.GetRequiredService<SetupLink>().Issue(TimeSpan.FromMinutes(5));

        using var response = await PostAsync(client, token, "tweede", SecuredWebFactory.Password, "iets-anders-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("niet gelijk", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ListUsersAsync(factory));
        Assert.True(factory.Services.GetRequiredService<SetupLink>().IsValid(token));
    }

    [Fact]
    public async Task Get_WrongToken_NotFound()
    {
        using var factory = new SecuredWebFactory { RequireLogin = true };
        using var client = factory.CreateBrowserlikeClient();
        factory.Services.GetRequiredService<SetupLink>().Issue(TimeSpan.FromMinutes(5));

        using var response = await client.GetAsync(new Uri("/account/setup?token=geraden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string token,
        string name,
        string password,
        string repeat
    )
    {
        var page = await client.GetStringAsync(new Uri($"/account/setup?token={token}", UriKind.Relative));
        var field = AntiforgeryField().Match(page);
        Assert.True(field.Success, "the setup page has no antiforgery field");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(field.Groups["name"].Value)] = WebUtility.HtmlDecode(field.Groups["value"].Value),
            ["token"] = token,
            ["gebruiker"] = name,
            ["wachtwoord"] = password,
            ["herhaal"] = repeat,
        });
        return await client.PostAsync(new Uri("/account/setup", UriKind.Relative), form);
    }

    private static async Task<IReadOnlyList<UserSummary>> ListUsersAsync(SecuredWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserService>().ListAsync(default);
    }

    // The link is issued in the background once the host has started; wait for it with a deadline, not a sleep.
    private static async Task<AuditEntry> WaitForAuditAsync(SecuredWebFactory factory, string action)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var entries = await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(100, deadline.Token);
                if (entries.FirstOrDefault(e => e.Action == action) is { } entry)
                {
                    return entry;
                }
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__[^\"]+)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
