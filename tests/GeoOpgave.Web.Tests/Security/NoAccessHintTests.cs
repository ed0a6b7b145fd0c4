using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Security;

// A refusal for want of a role says which role and how to get it, on the API and on the page alike.
public sealed class NoAccessHintTests
{
    private const string Hint =
        "Hiervoor is de rol analist nodig. Vraag een beheerder: geoopgave users roles piet --role planner --role analist";

    [Fact]
    public async Task Refusal_PlannerOnAnAnalistRouteAndPage_BothNameTheRoleAndTheCommand()
    {
        using var factory = new SecuredWebFactory();
        await factory.AddUserAsync("piet", "planner");
        using var client = factory.CreateBrowserlikeClient();
        using var login = await SecuredWebFactory.LoginAsync(client, "piet", SecuredWebFactory.Password);

        using var api = await client.DeleteAsync(new Uri("/api/layers/1", UriKind.Relative));
        using var lagen = await client.GetAsync(new Uri("/lagen", UriKind.Relative));
        var location = lagen.Headers.Location!;
        var page = await client.GetStringAsync(location);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal("geen-toegang", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(
            "Uw rol geeft geen toegang tot deze handeling. " + Hint,
            problem.RootElement.GetProperty("detail").GetString()
        );
        Assert.Equal(HttpStatusCode.Redirect, lagen.StatusCode);
        Assert.Contains("/account/geen-toegang?", location.OriginalString, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(Hint), page, StringComparison.Ordinal);
    }
}
