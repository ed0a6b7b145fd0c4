using System.Net;
using System.Text;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Errors;

// A body or route the API cannot use is a problem+json like every other refusal, never an empty answer or a page.
public sealed class BadRequestBodyTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Post_MalformedJson_400JsonOngeldig()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/indicators/bindings", UriKind.Relative),
            new StringContent("{\"laag\": ", Encoding.UTF8, "application/json")
        );

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Ongeldig verzoek", problem.GetProperty("title").GetString());
        Assert.Equal("json-ongeldig", problem.GetProperty("code").GetString());
        Assert.StartsWith("De inhoud van het verzoek is geen geldige JSON", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldOfTheWrongType_400VeldOngeldigNamingTheField()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/selecties", UriKind.Relative),
            new StringContent("{\"name\":\"Typefout\",\"codes\":\"BU99990002\"}", Encoding.UTF8, "application/json")
        );

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Ongeldige parameter", problem.GetProperty("title").GetString());
        Assert.Equal("veld-ongeldig", problem.GetProperty("code").GetString());
        Assert.Equal("codes", problem.GetProperty("parameter").GetString());
        Assert.Equal("Het veld 'codes' heeft niet het verwachte type.", Detail(problem));
    }

    [Fact]
    public async Task Post_TextPlainBody_415InhoudstypeOngeldig()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/selecties", UriKind.Relative),
            new StringContent("{\"name\":\"Tekst\",\"codes\":[\"BU99990002\"]}", Encoding.UTF8, "text/plain")
        );

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("inhoudstype-ongeldig", problem.GetProperty("code").GetString());
        Assert.Equal(
            "Stuur de inhoud als JSON (Content-Type: application/json), niet als text/plain.",
            Detail(problem)
        );
    }

    [Fact]
    public async Task Post_NoBody_400InhoudOntbreekt()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/selecties", UriKind.Relative),
            new StringContent(string.Empty, Encoding.UTF8, "application/json")
        );

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("inhoud-ontbreekt", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_UnknownApiRoute_404ProblemJson()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/nope", UriKind.Relative));

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("route-onbekend", problem.GetProperty("code").GetString());
        Assert.Equal("De API heeft geen route GET /api/nope.", Detail(problem));
    }

    [Fact]
    public async Task Delete_RouteWithoutThatMethod_405ProblemJson()
    {
        using var client = factory.CreateClient();

        using var response = await client.DeleteAsync(new Uri("/api/buurten", UriKind.Relative));

        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("methode-ongeldig", problem.GetProperty("code").GetString());
        Assert.Equal("De route /api/buurten kent DELETE niet; wel GET, HEAD.", Detail(problem));
    }

    [Fact]
    public async Task Get_UnknownPage_404Html()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static string? Detail(JsonElement problem) => problem.GetProperty("detail").GetString();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
