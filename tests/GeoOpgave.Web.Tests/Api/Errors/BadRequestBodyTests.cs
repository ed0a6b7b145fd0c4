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
        using var response = await SendAsync(HttpMethod.Post, "/api/indicators/bindings", Body("{\"laag\": "));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Ongeldig verzoek", problem.GetProperty("title").GetString());
        Assert.Equal("json-ongeldig", problem.GetProperty("code").GetString());
        Assert.StartsWith("De inhoud van het verzoek is geen geldige JSON", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FieldOfTheWrongType_400VeldOngeldigNamingTheField()
    {
        using var response = await SendAsync(
            HttpMethod.Post,
            "/api/selecties",
            Body("{\"name\":\"Typefout\",\"codes\":\"BU99990002\"}")
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
        using var response = await SendAsync(
            HttpMethod.Post,
            "/api/selecties",
            Body("{\"name\":\"Tekst\",\"codes\":[\"BU99990002\"]}", "text/plain")
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
        using var response = await SendAsync(HttpMethod.Post, "/api/selecties", Body(string.Empty));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("inhoud-ontbreekt", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/nope", HttpStatusCode.NotFound, "route-onbekend", "De API heeft geen route GET /api/nope.")]
    [InlineData(
        "DELETE",
        "/api/buurten",
        HttpStatusCode.MethodNotAllowed,
        "methode-ongeldig",
        "De route /api/buurten kent DELETE niet; wel GET, HEAD."
    )]
    public async Task Send_NoRouteForPathOrMethod_ProblemJson(
        string method,
        string path,
        HttpStatusCode status,
        string code,
        string detail
    )
    {
        using var response = await SendAsync(new HttpMethod(method), path);

        var problem = await ProblemAsync(response, status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(detail, Detail(problem));
    }

    [Fact]
    public async Task Get_UnknownPage_404Html()
    {
        using var response = await SendAsync(HttpMethod.Get, "/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Body(string text, string mediaType = "application/json") =>
        new(text, Encoding.UTF8, mediaType);

    // The answer is read whole before the client goes, so it outlives it.
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        return await client.SendAsync(request);
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
