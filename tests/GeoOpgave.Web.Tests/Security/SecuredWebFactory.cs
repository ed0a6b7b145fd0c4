using System.Net;
using System.Text.RegularExpressions;
using GeoOpgave.Application.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>
/// The real web host on a workspace of its own, with helpers to add accounts and log in through the real login
/// form (antiforgery token included). The login rate limit is raised so that the tests can log in often.
/// </summary>
public sealed partial class SecuredWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "Geheim-wachtwoord-2026";

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-web-tests",
        Guid.NewGuid().ToString("N")
    );

    public SecuredWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public bool RequireLogin { get; init; }

    public int LoginAttemptsPerMinute { get; init; } = 10_000;

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task AddUserAsync(string name, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope
            .ServiceProvider.GetRequiredService<UserService>()
            .AddAsync(name, Password, roles, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
    }

    /// <summary>Posts the login form as a browser would; returns the response (a redirect).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string name, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "the login page has no antiforgery field");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["gebruiker"] = name,
            ["wachtwoord"] = password,
            ["returnUrl"] = "/",
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as on a municipal network: Development adds a static-file fallback endpoint of its own.
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:GeoOpgave", $"Data Source={Path.Combine(_folder, "workspace.db")}");
        builder.UseSetting("GeoOpgave:Security:RequireLogin", RequireLogin ? "true" : "false");
        builder.UseSetting(
            "GeoOpgave:Security:LoginAttemptsPerMinute",
            LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__[^\"]+)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
