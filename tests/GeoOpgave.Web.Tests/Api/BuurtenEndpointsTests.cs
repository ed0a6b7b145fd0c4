using System.Net;
using System.Text.Json;
using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api;

public sealed class BuurtenEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetBuurten_DefaultProfiel_ReturnsGeoJsonFeatureCollection()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/buurten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await ReadJsonAsync(response);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetBuurten_DemoWorkspace_HasEveryBuurtOfTheAnalysis()
    {
        using var client = factory.CreateClient();
        var analysis = await AnalyseAsync();

        using var json = await GetBuurtenJsonAsync(client);

        var codes = Features(json)
            .Select(f => f.GetProperty("properties").GetProperty("buurtcode").GetString())
            .ToList();
        Assert.InRange(codes.Count, 40, 60);
        Assert.Equal(
            analysis.Buurten.Select(b => b.Buurt.Code).Order(StringComparer.Ordinal),
            codes.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task GetBuurten_DemoWorkspace_OverlapIsTheAnalysedIntegerBetweenZeroAndFour()
    {
        using var client = factory.CreateClient();
        var analysis = await AnalyseAsync();
        var expected = analysis.Buurten.ToDictionary(b => b.Buurt.Code, b => b.Score.Overlap, StringComparer.Ordinal);

        using var json = await GetBuurtenJsonAsync(client);

        foreach (var feature in Features(json))
        {
            var properties = feature.GetProperty("properties");
            var overlap = properties.GetProperty("overlap");
            Assert.Equal(JsonValueKind.Number, overlap.ValueKind);
            Assert.True(overlap.TryGetInt32(out var value), $"overlap {overlap} is not an integer");
            Assert.InRange(value, 0, 4);
            Assert.Equal(expected[properties.GetProperty("buurtcode").GetString()!], value);
        }
    }

    [Fact]
    public async Task GetBuurten_DemoWorkspace_CoordinatesAreLonLatInTheNetherlands()
    {
        using var client = factory.CreateClient();

        using var json = await GetBuurtenJsonAsync(client);

        var positions = Features(json)
            .SelectMany(f => Positions(f.GetProperty("geometry").GetProperty("coordinates")))
            .ToList();
        Assert.NotEmpty(positions);
        Assert.All(positions, p =>
        {
            Assert.InRange(p.Lon, 3.2, 7.3);
            Assert.InRange(p.Lat, 50.7, 53.6);
        });
    }

    [Fact]
    public async Task GetBuurten_UnknownProfiel_Returns404ProblemWithCode()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/buurten?profiel=bestaat-niet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await ReadJsonAsync(response);
        Assert.Equal("profiel-onbekend", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("bestaat-niet", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<AnalysisResult> AnalyseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }

    private static async Task<JsonDocument> GetBuurtenJsonAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/buurten", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return await JsonDocument.ParseAsync(stream);
    }

    private static IEnumerable<JsonElement> Features(JsonDocument json) =>
        json.RootElement.GetProperty("features").EnumerateArray();

    // Polygon and MultiPolygon coordinates nest arrays; a position is the innermost array of numbers.
    private static IEnumerable<(double Lon, double Lat)> Positions(JsonElement coordinates)
    {
        if (coordinates[0].ValueKind == JsonValueKind.Number)
        {
            yield return (coordinates[0].GetDouble(), coordinates[1].GetDouble());
            yield break;
        }

        foreach (var position in coordinates.EnumerateArray().SelectMany(Positions))
        {
            yield return position;
        }
    }
}
