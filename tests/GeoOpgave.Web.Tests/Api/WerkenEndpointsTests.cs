using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api;

public sealed class WerkenEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    // A sewer line at the RD origin (Amersfoort, about 5.387 E 52.155 N) in 2027, and a herinrichting near Soest-Zuid
    // in 2032–2033.
    private const string Plannen = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"soort":"rioolvervanging","aanlegjaar":2027,"beheerder":"Gemeente","naam":"Kerkstraat","status":"gepland"},
          "geometry":{"type":"LineString","coordinates":[[155000,463000],[155100,463000]]}},
         {"type":"Feature","properties":{"soort":"herinrichting","startjaar":2032,"eindjaar":2033,"beheerder":"Gemeente","naam":"Marktplein"},
          "geometry":{"type":"Polygon","coordinates":[[[160000,470000],[160100,470000],[160100,470100],[160000,470100],[160000,470000]]]}}]}
        """;

    [Fact]
    public async Task Get_WithBboxVanTot_FiltersThePlannedWorks()
    {
        using var client = factory.CreateClient();
        await UploadAsync(client);

        var all = await WorksAsync(client, "/api/werken");
        var inBox = await WorksAsync(client, "/api/werken?bbox=5.38,52.15,5.40,52.16");
        var late = await WorksAsync(client, "/api/werken?van=2030");
        var early = await WorksAsync(client, "/api/werken?tot=2026");

        Assert.Equal(
            ["api-plannen:0", "api-plannen:1"],
            all.Select(w => w.GetProperty("properties").GetProperty("werk_id").GetString())
        );
        var riool = all[0].GetProperty("properties");
        Assert.Equal(
            ("riolering", 2027, 2027, "Gemeente", "gepland", "Kerkstraat"),
            (
                riool.GetProperty("soort").GetString(),
                riool.GetProperty("start").GetInt32(),
                riool.GetProperty("eind").GetInt32(),
                riool.GetProperty("eigenaar").GetString(),
                riool.GetProperty("status").GetString(),
                riool.GetProperty("naam").GetString()
            )
        );
        Assert.InRange(all[0].GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble(), 5.386, 5.389);
        Assert.Equal(["api-plannen:0"], inBox.Select(Id));
        Assert.Equal(["api-plannen:1"], late.Select(Id));
        Assert.Empty(early);
    }

    [Fact]
    public async Task Upload_AsWerken_IsAnOgcCollectionLikeOtherLayers()
    {
        using var client = factory.CreateClient();
        await UploadAsync(client, "ogc-plannen.geojson");

        using var collections = JsonDocument.Parse(
            await client.GetStringAsync(new Uri("/ogc/collections?f=json", UriKind.Relative))
        );
        using var items = JsonDocument.Parse(
            await client.GetStringAsync(new Uri("/ogc/collections/laag-ogc-plannen/items?f=json", UriKind.Relative))
        );

        Assert.Contains(collections.RootElement.GetProperty("collections").EnumerateArray(), c =>
            c.GetProperty("id").GetString() == "laag-ogc-plannen"
        );
        Assert.Equal(
            "riolering",
            items.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("werksoort").GetString()
        );
    }

    [Theory]
    [InlineData("van=volgend-jaar", "parameter-buiten-bereik")]
    [InlineData("tot=1800", "parameter-buiten-bereik")]
    [InlineData("van=2030&tot=2027", "parameter-buiten-bereik")]
    [InlineData("bbox=5.38,52.15,5.40", "bbox-ongeldig")]
    public async Task Get_BadParameter_400ProblemWithCode(string query, string code)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/werken?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    private static string? Id(JsonElement work) => work.GetProperty("properties").GetProperty("werk_id").GetString();

    private static async Task UploadAsync(HttpClient client, string fileName = "api-plannen.geojson")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Plannen));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        using var form = new MultipartFormDataContent
        {
            { file, "file", fileName },
            { new StringContent("true"), "werken" },
        };
        using var created = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<List<JsonElement>> WorksAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => Id(f)?.StartsWith("api-plannen:", StringComparison.Ordinal) == true)
            .Select(f => f.Clone())
            .ToList();
    }
}
