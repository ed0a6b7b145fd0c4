using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Crs;
using GeoOpgave.Web.Components.Map;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api;

public sealed class BuurtenCodesEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetCodes_BboxAroundTheWorkspace_ReturnsEveryBuurt()
    {
        var analysis = await AnalyseAsync();
        var all = MapBounds.Of(analysis.Buurten.Select(b => b.Buurt.Geometry))!;
        using var client = factory.CreateClient();

        var codes = await client.GetFromJsonAsync<string[]>(
            new Uri($"/api/buurten/codes?bbox={Bbox(all)}", UriKind.Relative)
        );

        Assert.Equal(analysis.Buurten.Select(b => b.Buurt.Code).Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public async Task GetCodes_SmallBboxInsideOneBuurt_ReturnsThatBuurtOnly()
    {
        var target = (await AnalyseAsync()).Buurten[5];
        var inside = GeometryTransformer.RdNewToWgs84.Transform(target.Buurt.Geometry.InteriorPoint).Coordinate;
        var box = new MapBounds(inside.X - 0.00001, inside.Y - 0.00001, inside.X + 0.00001, inside.Y + 0.00001);
        using var client = factory.CreateClient();

        var codes = await client.GetFromJsonAsync<string[]>(
            new Uri($"/api/buurten/codes?bbox={Bbox(box)}", UriKind.Relative)
        );

        Assert.Equal(new[] { target.Buurt.Code }, codes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4.3,52.0,4.1,51.9")]
    [InlineData("4,52,5")]
    [InlineData("4,1;52,0,4.3,52.1")]
    public async Task GetCodes_BadBbox_Returns400WithCode(string bbox)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(
            new Uri($"/api/buurten/codes?bbox={Uri.EscapeDataString(bbox)}", UriKind.Relative)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("bbox-ongeldig", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetCodes_RdNewCoordinates_Returns400WithTheOgcMessage()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(
            new Uri("/api/buurten/codes?bbox=147000,468000,149000,470000", UriKind.Relative)
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("bbox-ongeldig", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("bbox", json.RootElement.GetProperty("parameter").GetString());
        Assert.Equal(
            "bbox: getal 1 (147000) ligt buiten -180..180 (lengtegraad).",
            json.RootElement.GetProperty("detail").GetString()
        );
    }

    [Fact]
    public async Task PostCodes_WktPolygonAroundTwoBuurten_ReturnsBoth()
    {
        var buurten = (await AnalyseAsync()).Buurten;
        var (a, b) = (buurten[0].Buurt, buurten[^1].Buurt);
        var hull = a.Geometry.InteriorPoint.Union(b.Geometry.InteriorPoint).Buffer(5).ConvexHull();
        var wkt = GeometryTransformer.RdNewToWgs84.Transform(hull).AsText();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/buurten/codes", UriKind.Relative),
            new StringContent(wkt, Encoding.UTF8, "text/plain")
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = await response.Content.ReadFromJsonAsync<string[]>();
        Assert.Contains(a.Code, codes!);
        Assert.Contains(b.Code, codes!);
        Assert.True(codes!.Length < buurten.Count, "a thin polygon between two buurten should not select every buurt");
    }

    [Theory]
    [InlineData("POINT (4.2 52)")]
    [InlineData("POLYGON ((4.1 51.9, 4.3")]
    [InlineData("")]
    public async Task PostCodes_NotAPolygon_Returns400WithCode(string wkt)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/api/buurten/codes", UriKind.Relative),
            new StringContent(wkt, Encoding.UTF8, "text/plain")
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("vorm-ongeldig", json.RootElement.GetProperty("code").GetString());
    }

    private static string Bbox(MapBounds b) =>
        string.Join(
            ',',
            new[] { b.West, b.South, b.East, b.North }.Select(v => v.ToString("R", CultureInfo.InvariantCulture))
        );

    private async Task<AnalysisResult> AnalyseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }
}
