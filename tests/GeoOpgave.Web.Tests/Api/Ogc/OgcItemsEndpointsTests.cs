using System.Net;
using System.Text.Json;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Ogc;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api.Ogc;

public sealed class OgcItemsEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    private const string Items = "/ogc/collections/buurten/items";

    [Fact]
    public async Task GetItems_NoParameters_ReturnsAllBuurtenWithCountsAndTimeStamp()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(Items, UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>",
            response.Headers.GetValues("Content-Crs").Single()
        );
        var matched = json.RootElement.GetProperty("numberMatched").GetInt32();
        Assert.InRange(matched, 40, 60);
        Assert.Equal(matched, json.RootElement.GetProperty("numberReturned").GetInt32());
        Assert.Equal(matched, OgcTestClient.Features(json).Count());
        Assert.True(
            DateTimeOffset.TryParse(
                json.RootElement.GetProperty("timeStamp").GetString(),
                System.Globalization.CultureInfo.InvariantCulture,
                out _
            )
        );
        Assert.Null(OgcTestClient.Href(json.RootElement, "next"));
        var first = OgcTestClient.Features(json).First();
        Assert.Equal(
            first.GetProperty("properties").GetProperty("buurtcode").GetString(),
            first.GetProperty("id").GetString()
        );
    }

    [Fact]
    public async Task GetItems_LimitAndOffset_PagesWithNextAndPrevLinks()
    {
        using var client = factory.CreateClient();
        using var all = await OgcTestClient.GetJsonAsync(client, Items);
        var codes = OgcTestClient.Features(all).Select(f => f.GetProperty("id").GetString()).ToList();

        using var page = await OgcTestClient.GetJsonAsync(client, $"{Items}?limit=5&offset=5");

        Assert.Equal(codes.Skip(5).Take(5), OgcTestClient.Features(page).Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(5, page.RootElement.GetProperty("numberReturned").GetInt32());
        Assert.Equal(codes.Count, page.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal($"http://localhost{Items}?offset=10&limit=5", OgcTestClient.Href(page.RootElement, "next"));
        Assert.Equal($"http://localhost{Items}?offset=0&limit=5", OgcTestClient.Href(page.RootElement, "prev"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=10001", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("crs=http://www.opengis.net/def/crs/EPSG/0/3857", "crs")]
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/28992", "bbox-crs")]
    [InlineData("datetime=gisteren", "datetime")]
    [InlineData("kleur=rood", "kleur")]
    [InlineData("profiel=bestaat-niet", "profiel")]
    public async Task GetItems_BadParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"{Items}?{query}", UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("5.3,51.9,abc,52.1", "getal 3 ('abc')")]
    [InlineData("5.3,51.9,5.4", "heeft er 3")]
    [InlineData("5.3,52.1,5.4,51.9", "getal 2 (minimum breedtegraad")]
    [InlineData("5.3,95,5.4,96", "getal 2 (95)")]
    public async Task GetItems_BadBbox_SaysWhichNumberIsWrong(string bbox, string expected)
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"{Items}?bbox={bbox}", HttpStatusCode.BadRequest);

        Assert.Equal("bbox-ongeldig", json.RootElement.GetProperty("code").GetString());
        Assert.Contains(expected, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItems_Bbox_ReturnsOnlyBuurtenThatTouchTheBox()
    {
        using var client = factory.CreateClient();
        using var all = await OgcTestClient.GetJsonAsync(client, Items);

        using var json = await OgcTestClient.GetJsonAsync(client, $"{Items}?bbox=5.37,51.96,5.385,51.975");

        var count = json.RootElement.GetProperty("numberMatched").GetInt32();
        Assert.InRange(count, 1, all.RootElement.GetProperty("numberMatched").GetInt32() - 1);
        Assert.All(OgcTestClient.Features(json), f => Assert.Contains(
            OgcTestClient.Positions(f.GetProperty("geometry").GetProperty("coordinates")),
            p => p.First is > 5.36 and < 5.395 && p.Second is > 51.95 and < 51.985));
    }

    [Fact]
    public async Task GetItems_PropertyFilter_ReturnsOnlyThatWijk()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"{Items}?wijkcode=WK999900");

        var wijken = OgcTestClient
            .Features(json)
            .Select(f => f.GetProperty("properties").GetProperty("wijkcode").GetString())
            .ToList();
        Assert.NotEmpty(wijken);
        Assert.All(wijken, w => Assert.Equal("WK999900", w));
        Assert.Equal(wijken.Count, json.RootElement.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [InlineData("2024", true)]
    [InlineData("2024-06-30T12:00:00Z", true)]
    [InlineData("2020-01-01/2030-12-31", true)]
    [InlineData("../2023-12-31", false)]
    [InlineData("2025", false)]
    public async Task GetItems_Datetime_SelectsTheCbsYear(string datetime, bool expectFeatures)
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"{Items}?datetime={Uri.EscapeDataString(datetime)}");

        Assert.Equal(expectFeatures, json.RootElement.GetProperty("numberMatched").GetInt32() > 0);
        Assert.All(OgcTestClient.Features(json), f =>
            Assert.Equal(2024, f.GetProperty("properties").GetProperty("jaar").GetInt32())
        );
    }

    [Fact]
    public async Task Collection_DatetimesThatSelectTheSameYears_ShareOneCachedEntry()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var info = (await scope.ServiceProvider.GetRequiredService<CollectionCatalog>().FindAsync("buurten", default))!;
        var cache = factory.Services.GetRequiredService<CollectionCache>();
        var tags = new List<string>();
        foreach (
            var datetime in new[]
            {
                "2024",
                "2024-06-30T12:00:00Z",
                "2020-01-01/2030-12-31",
                "2021/..",
                "../2024-12-31",
                "2025",
                "2026/2030",
            }
        )
        {
            var (years, _) = OgcDatetime.Parse(datetime);
            tags.Add((await cache.GetAsync(info, null, years, default)).ETag);
        }

        // Every instant or interval that holds exactly the demo's 2024 is one cache entry; so is every range without
        // data.
        Assert.Single(tags.Take(5).Distinct());
        Assert.Equal(tags[5], tags[6]);
        Assert.NotEqual(tags[0], tags[5]);
    }
}
