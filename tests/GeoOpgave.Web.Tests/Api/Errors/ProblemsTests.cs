using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoOpgave.Web.Api.Errors;

namespace GeoOpgave.Web.Tests.Api.Errors;

public sealed class ProblemsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    // Answers that once carried their code as title: a client now reads every refusal the same way.
    [Theory]
    [InlineData("GET", "/api/layers/999999", null, 404, "Niet gevonden", "laag-onbekend")]
    [InlineData("POST", "/api/profielen", "application/json", 422, "Niet te verwerken", "profiel-ongeldig")]
    [InlineData("POST", "/api/profielen", "text/plain", 415, "Verkeerd formaat", "profiel-geen-json")]
    [InlineData("POST", "/account/setup", "text/plain", 400, "Ongeldig verzoek", "formulier-ongeldig")]
    public async Task Refusal_StatusTitleAndCode(
        string method,
        string url,
        string? mediaType,
        int status,
        string title,
        string code
    )
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (mediaType is not null)
        {
            request.Content = new StringContent("{ \"id\": ", Encoding.UTF8, new MediaTypeHeaderValue(mediaType));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal(
            (status, title, code),
            (root.GetProperty("status").GetInt32(), root.GetProperty("title").GetString(),
                root.GetProperty("code").GetString())
        );
    }

    [Fact]
    public void Of_ExtraNamedCode_Throws()
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "anders" };

        Assert.Throws<ArgumentException>(() => Problems.Of(422, "profiel-ongeldig", "Fout.", extra: extra));
    }
}
