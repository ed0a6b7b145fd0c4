using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api;

// The factory's workspace is shared by the tests of this class, so every test saves into a family of its own.
public sealed class ProfielenEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Get_Profielen_ListsTheFileProfiles()
    {
        using var client = factory.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/profielen", UriKind.Relative)));

        var standaard = list.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "standaard");
        Assert.Equal(ProfileListing.FileSource, standaard.GetProperty("source").GetString());
        Assert.Contains(list.RootElement.EnumerateArray(), p => p.GetProperty("id").GetString() == "vaste-drempels");
    }

    [Fact]
    public async Task Post_ValidProfile_CreatedListedScoredAndAudited()
    {
        using var client = factory.CreateClient();

        using var created = await client.PostAsync(
            new Uri("/api/profielen?notities=proef", UriKind.Relative),
            Json(Document("api-proef", 5))
        );
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/profielen", UriKind.Relative)));
        using var buurten = await client.GetAsync(new Uri("/api/buurten?profiel=api-proef-v1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("api-proef-v1", body.GetProperty("id").GetString());
        Assert.Equal("proef", body.GetProperty("notes").GetString());
        Assert.Contains(list.RootElement.EnumerateArray(), p => p.GetProperty("id").GetString() == "api-proef-v1");
        Assert.Equal(HttpStatusCode.OK, buurten.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(100, default);
        Assert.Contains(audit, e => e.Action == AuditActions.ProfileSaved && e.Target == "api-proef-v1");
    }

    [Fact]
    public async Task Post_NegativeWeight_422NamingTheJsonPath()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/profielen", UriKind.Relative),
            Json(Document("api-fout", -2))
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("profiel-ongeldig", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e =>
            e.GetProperty("path").GetString() == "$.opgaven[0].indicators[0].weight"
        );
    }

    [Fact]
    public async Task Post_NotJson_422ForBrokenJsonAnd415ForText()
    {
        using var client = factory.CreateClient();

        using var broken = await client.PostAsync(new Uri("/api/profielen", UriKind.Relative), Json("{ \"id\": "));
        using var text = await client.PostAsync(
            new Uri("/api/profielen", UriKind.Relative),
            new StringContent(Document("api-tekst", 1), Encoding.UTF8, "text/plain")
        );

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task Post_AsBestuurder_Forbidden()
    {
        using var secured = new SecuredWebFactory();
        await secured.AddUserAsync("bea", "bestuurder");
        using var client = secured.CreateBrowserlikeClient();
        using var login = await SecuredWebFactory.LoginAsync(client, "bea", SecuredWebFactory.Password);

        using var response = await client.PostAsync(
            new Uri("/api/profielen", UriKind.Relative),
            Json(Document("api-bestuurder", 1))
        );
        using var list = await client.GetAsync(new Uri("/api/profielen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    private string Document(string id, double weight)
    {
        var root = JsonNode.Parse(factory.Services.GetRequiredService<ProfileCatalog>().DocumentOf("standaard"))!;
        root["id"] = id;
        root["opgaven"]![0]!["indicators"]![0]!["weight"] = weight;
        return root.ToJsonString();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
