using System.Net;

namespace GeoOpgave.Web.Tests.Components.Pages;

public sealed class HomeTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task Get_DemoWorkspace_PrerendersGemeenteNameAndMap()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Contains("GeoOpgave — Demodam", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"buurt-map\"", html, StringComparison.Ordinal);
        Assert.Contains("Aantal urgente opgaven", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownProfiel_ShowsTheReasonInDutch()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(
            await client.GetStringAsync(new Uri("/?profiel=bestaat-niet", UriKind.Relative))
        );

        Assert.Contains("data-testid=\"page-error\"", html, StringComparison.Ordinal);
        Assert.Contains("bestaat-niet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"buurt-map\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/leaflet/leaflet.js")]
    [InlineData("/lib/leaflet/leaflet.css")]
    [InlineData("/lib/leaflet/images/layers.png")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/Components/Map/BuurtMap.razor.js")]
    [InlineData("/js/map/buurt-tiles.js")]
    [InlineData("/js/map/draw-tools.js")]
    [InlineData("/js/map/map-probe.js")]
    [InlineData("/js/map/works-layer.js")]
    [InlineData("/lib/vector-tile/vector-tile.js")]
    [InlineData("/lib/vector-tile/point-geometry.js")]
    [InlineData("/lib/vector-tile/pbf.js")]
    [InlineData("/app.css")]
    [InlineData("/controls.css")]
    [InlineData("/pages.css")]
    public async Task Get_StaticAsset_IsServed(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
