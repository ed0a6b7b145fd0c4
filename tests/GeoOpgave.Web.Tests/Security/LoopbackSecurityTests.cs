using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoOpgave.Application.Import;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Security;

/// <summary>
/// The acceptance checks of local mode and same-origin against the app on a real loopback port (Kestrel), where
/// remote addresses and Host headers are what a browser or a reverse proxy sends.
/// </summary>
public sealed class LoopbackSecurityTests(GeoOpgaveServer server) : IClassFixture<GeoOpgaveServer>
{
    private const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"A"},"geometry":{"type":"Point","coordinates":[155000,463000]}}]}
        """;

    [Fact]
    public async Task Get_FromThisMachine_IsLocalMode()
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };

        using var audit = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "geoopgave.gemeente.example")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("Via", "1.1 proxy.gemeente.example")]
    public async Task Get_ThroughAProxy_NeedsALogin(string header, string value)
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("niet-ingelogd", await CodeAsync(response));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("geoopgave.gemeente.example:5080")]
    public async Task Get_ForeignHostName_IsRefusedWith400(string host)
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/layers");
        page.Headers.Host = host;
        api.Headers.Host = host;

        using var pageResponse = await client.SendAsync(page);
        using var apiResponse = await client.SendAsync(api);

        Assert.Equal(HttpStatusCode.BadRequest, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, apiResponse.StatusCode);
        Assert.Equal("host-onbekend", await CodeAsync(apiResponse));
    }

    [Fact]
    public async Task PostLayer_CrossSite_403AndNothingImported()
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/layers")
        {
            Content = Upload("kwaadaardig.geojson"),
        };
        request.Headers.TryAddWithoutValidation("Origin", "http://evil.example");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await client.SendAsync(request);
        var layers = await client.GetStringAsync(new Uri("/api/layers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("andere-herkomst", await CodeAsync(response));
        Assert.DoesNotContain("kwaadaardig", layers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLayer_FromTheAppsOwnPage_IsImported()
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/layers")
        {
            Content = Upload("eigen-pagina.geojson"),
        };
        request.Headers.TryAddWithoutValidation("Origin", server.RootUri.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task PostLayer_WhileAnotherImportRuns_429Problem()
    {
        using var client = new HttpClient { BaseAddress = server.RootUri };
        var gate = server.Services.GetRequiredService<ImportGate>();

        HttpResponseMessage response;
        using (gate.Enter())
        {
            response = await client.PostAsync(
                new Uri("/api/layers", UriKind.Relative),
                Upload("tweede-import.geojson")
            );
        }

        using (response)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal("import-bezig", await CodeAsync(response));
        }
    }

    private static MultipartFormDataContent Upload(string fileName)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(RdGeoJson));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("code").GetString();
    }
}
