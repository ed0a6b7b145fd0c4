using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

public sealed class BestuurderTests
{
    // POSTs that only read (a query too large for a URL); every other changing method must be refused.
    private static readonly HashSet<string> ReadOnlyPosts = new(StringComparer.Ordinal) { "/api/buurten/codes" };

    [Fact]
    public async Task ChangingRequests_AsBestuurder_AreAllForbidden()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("gerrit", "bestuurder");
        using var client = factory.CreateBrowserlikeClient();
        using var login = await SecuredWebFactory.LoginAsync(client, "gerrit", SecuredWebFactory.Password);
        var changing = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(EndpointProbe.From)
            .Where(p =>
                p.Method is "POST" or "PUT" or "PATCH" or "DELETE" && p.IsApi && !ReadOnlyPosts.Contains(p.Route)
            )
            .ToList();

        var answers = new List<(string Url, HttpStatusCode Status)>();
        foreach (var probe in changing)
        {
            using var request = new HttpRequestMessage(
                new HttpMethod(probe.Method),
                new Uri(probe.Url, UriKind.Relative)
            );
            using var response = await client.SendAsync(request);
            answers.Add((probe.Method + " " + probe.Url, response.StatusCode));
        }

        Assert.Contains(answers, a => a.Url.StartsWith("POST /api/layers", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Url.StartsWith("DELETE /api/layers", StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Forbidden, a.Status));
    }

    [Fact]
    public async Task ReadingRequests_AsBestuurder_AreAllowed()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("hanna", "bestuurder");
        using var client = factory.CreateBrowserlikeClient();
        using var login = await SecuredWebFactory.LoginAsync(client, "hanna", SecuredWebFactory.Password);

        using var layers = await client.GetAsync(new Uri("/api/layers", UriKind.Relative));
        using var buurten = await client.GetAsync(new Uri("/api/buurten", UriKind.Relative));
        using var audit = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, layers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, buurten.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }
}
