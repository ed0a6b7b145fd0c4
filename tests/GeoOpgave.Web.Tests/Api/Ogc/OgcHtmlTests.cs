using System.Net;
using System.Text.RegularExpressions;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>The HTML rendering for people: chosen by a browser's Accept header or f=html.</summary>
public sealed class OgcHtmlTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetLandingPage_BrowserAccept_ReturnsHtmlWithTheLinks()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ogc", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>GeoOpgave</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/ogc/collections\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItems_FormatHtml_ShowsOneRowPerFeatureLinkingToTheFeature()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(
            new Uri("/ogc/collections/buurten/items?f=html&limit=3", UriKind.Relative)
        );

        Assert.Equal(3, Regex.Count(html, "<tr><td>"));
        Assert.Matches("href=\"http://localhost/ogc/collections/buurten/items/BU\\d{8}\\?f=html\"", html);
        Assert.Contains("<small>(next)</small>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConformance_FormatHtml_ListsTheClasses()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/ogc/conformance?f=html", UriKind.Relative));

        Assert.Contains(
            "<ul><li>http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core</li>",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task GetApi_FormatHtml_IsAReferenceOfPathsAndParameters()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/ogc/api?f=html", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code>GET /collections/buurten/items</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>bbox-crs</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>wijkcode</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItems_GdalAccept_StillReturnsGeoJson()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            new Uri("/ogc/collections/buurten/items?limit=1", UriKind.Relative)
        );
        request.Headers.Accept.ParseAdd("application/geo+json, application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
    }
}
