using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>Imported vector layers and the saved selecties as OGC API collections.</summary>
public sealed class OgcLayerCollectionsTests(OgcLayerServerFixture fixture) : IClassFixture<OgcLayerServerFixture>
{
    private const string Layer = OgcLayerServerFixture.LayerCollection;

    [Fact]
    public async Task Collections_WithLayerAndSelectie_ListsBothAfterTheAreas()
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections");

        var ids = json
            .RootElement.GetProperty("collections")
            .EnumerateArray()
            .Select(c => c.GetProperty("id").GetString())
            .ToList();
        Assert.Equal(["gemeenten", "wijken", "buurten"], ids.Take(3));
        Assert.Equal("selecties", ids[^1]);
        Assert.Contains(Layer, ids[3..^1]);
        Assert.Contains(
            "Rasterlagen",
            json.RootElement.GetProperty("description").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Collection_Layer_HasTheCrsListAndAnExtentAroundItsFeatures()
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"/ogc/collections/{Layer}");

        Assert.Equal("wateroverlast-oost", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("crs").GetArrayLength());
        var bbox = json.RootElement.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
        Assert.InRange(bbox[0].GetDouble(), 5.3, 5.4);
        Assert.InRange(bbox[3].GetDouble(), 52.1, 52.2);
    }

    [Fact]
    public async Task Items_LayerPaged_NumbersFeaturesAndLinksTheNextPage()
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"/ogc/collections/{Layer}/items?limit=2&offset=1");

        var features = OgcTestClient.Features(json).ToList();
        Assert.Equal(3, json.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal([2, 3], features.Select(f => f.GetProperty("id").GetInt32()));
        Assert.Equal("Zuid", features[0].GetProperty("properties").GetProperty("naam").GetString());
        Assert.Equal(JsonValueKind.Null, features[1].GetProperty("properties").GetProperty("diepte").ValueKind);
        Assert.Null(OgcTestClient.Href(json.RootElement, "next"));
        Assert.NotNull(OgcTestClient.Href(json.RootElement, "prev"));
    }

    [Theory]
    [InlineData("klasse=3", new[] { "Noord", "West" })]
    [InlineData(
        "bbox=155150,462950,155350,463150&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/28992",
        new[] { "Zuid" }
    )]
    public async Task Items_LayerFiltered_ReturnsTheMatchingZones(string query, string[] expected)
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"/ogc/collections/{Layer}/items?{query}");

        Assert.Equal(
            expected,
            OgcTestClient.Features(json).Select(f => f.GetProperty("properties").GetProperty("naam").GetString())
        );
    }

    [Fact]
    public async Task Items_ProfielOnALayer_400ParameterOnbekend()
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(
            client,
            $"/ogc/collections/{Layer}/items?profiel=standaard",
            HttpStatusCode.BadRequest
        );

        Assert.Equal("parameter-onbekend", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Item_Selectie_IsTheUnionOfItsBuurtenWithNameNotesAndCodes()
    {
        using var client = fixture.CreateClient();
        using var page = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/selecties/items?naam=Oost");
        var id = OgcTestClient.Features(page).Single().GetProperty("id").GetInt64();

        using var json = await OgcTestClient.GetJsonAsync(
            client,
            $"/ogc/collections/selecties/items/{id}?crs=http://www.opengis.net/def/crs/EPSG/0/28992"
        );

        var properties = json.RootElement.GetProperty("properties");
        Assert.Equal("eerst aanpakken", properties.GetProperty("notities").GetString());
        Assert.All(properties.GetProperty("buurtcodes").GetString()!.Split(';'), c =>
            Assert.StartsWith("BU999900", c, StringComparison.Ordinal)
        );
        Assert.Contains(
            json.RootElement.GetProperty("geometry").GetProperty("type").GetString(),
            new[] { "Polygon", "MultiPolygon" }
        );
        Assert.True(properties.TryGetProperty("aangemaakt", out _));
    }

    [Fact]
    public async Task Api_OpenApi_DescribesTheLayerWithItsPropertyFilters()
    {
        using var client = fixture.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/api");

        var parameters = json
            .RootElement.GetProperty("paths")
            .GetProperty($"/collections/{Layer}/items")
            .GetProperty("get")
            .GetProperty("parameters");
        Assert.Contains(parameters.EnumerateArray(), p =>
            p.TryGetProperty("name", out var n) && n.GetString() == "klasse"
        );
        Assert.True(
            json.RootElement.GetProperty("paths").TryGetProperty("/collections/selecties/items/{featureId}", out _)
        );
    }

    [Fact]
    public async Task Collections_Html_ListsTheLayer()
    {
        using var client = fixture.CreateClient();

        var html = await client.GetStringAsync(new Uri("/ogc/collections?f=html", UriKind.Relative));

        Assert.Contains("wateroverlast-oost", html, StringComparison.Ordinal);
        Assert.Contains("Selecties", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collection_LayerEnclosure_IsAGeoPackageOgrinfoReads()
    {
        using var client = fixture.CreateClient();
        using var json = await OgcTestClient.GetJsonAsync(client, $"/ogc/collections/{Layer}");
        var href = json
            .RootElement.GetProperty("links")
            .EnumerateArray()
            .First(l =>
                l.GetProperty("rel").GetString() == "enclosure"
                && l.GetProperty("type").GetString() == "application/geopackage+sqlite3"
            )
            .GetProperty("href")
            .GetString()!;
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-enclosure-{Guid.NewGuid():N}.gpkg");

        try
        {
            await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(new Uri(href)));
            var output = await OgrInfo.RunAsync("-al", "-so", path);

            OgrInfo.AssertClean(output);
            Assert.Contains($"Layer name: {Layer}", output, StringComparison.Ordinal);
            Assert.Contains("Feature Count: 3", output, StringComparison.Ordinal);
            Assert.Contains("volgnummer: Integer", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
