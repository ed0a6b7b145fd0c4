using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Ogc;

public sealed class OgcEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    [Fact]
    public async Task GetLandingPage_Always_LinksSelfServiceDescConformanceAndData()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc");

        var links = json.RootElement.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal("http://localhost/ogc", OgcTestClient.Href(json.RootElement, "self"));
        Assert.Equal("http://localhost/ogc/conformance", OgcTestClient.Href(json.RootElement, "conformance"));
        Assert.Equal("http://localhost/ogc/collections", OgcTestClient.Href(json.RootElement, "data"));
        var serviceDesc = links.Single(l => l.GetProperty("rel").GetString() == "service-desc");
        Assert.Equal("http://localhost/ogc/api", serviceDesc.GetProperty("href").GetString());
        Assert.Equal("application/vnd.oai.openapi+json;version=3.0", serviceDesc.GetProperty("type").GetString());
    }

    [Fact]
    public async Task GetConformance_Always_ListsCoreGeoJsonOas30AndCrs()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/conformance");

        var classes = json.RootElement.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs", classes);
    }

    [Fact]
    public async Task GetCollections_DemoWorkspace_ListsGemeentenWijkenBuurtenWithCrsAndExtent()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections");

        var collections = json.RootElement.GetProperty("collections").EnumerateArray().ToList();
        // The demo's vector layers are stored layers, so they are collections too; selecties is listed without any.
        Assert.Equal(
            [
                "gemeenten",
                "wijken",
                "buurten",
                "werken",
                "laag-energielabels_demodam",
                "laag-grp_riolering_demodam",
                "laag-herinrichting_demodam",
                "laag-renovatie_corporatie_demodam",
                "laag-warmtenet_demodam",
                "laag-warmtenet_uitbreiding_demodam",
                "laag-wateroverlast_zones_demodam",
                "selecties",
            ],
            collections.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(3, collections[^1].GetProperty("crs").GetArrayLength());
        foreach (var collection in collections.Take(3))
        {
            var crs = collection.GetProperty("crs").EnumerateArray().Select(c => c.GetString()).ToList();
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", crs[0]);
            Assert.Contains("http://www.opengis.net/def/crs/EPSG/0/28992", crs);
            Assert.Contains("http://www.opengis.net/def/crs/EPSG/0/4258", crs);
            var bbox = collection
                .GetProperty("extent")
                .GetProperty("spatial")
                .GetProperty("bbox")[0]
                .EnumerateArray()
                .Select(n => n.GetDouble())
                .ToList();
            Assert.InRange(bbox[0], 3.2, 7.3);
            Assert.InRange(bbox[1], 50.7, 53.6);
            Assert.True(bbox[2] > bbox[0] && bbox[3] > bbox[1]);
            Assert.Equal(
                "2024-01-01T00:00:00Z",
                collection.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0][0].GetString()
            );
        }
    }

    [Fact]
    public async Task GetCollection_UnknownId_Returns404ProblemWithCode()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(
            client,
            "/ogc/collections/provincies",
            HttpStatusCode.NotFound
        );

        Assert.Equal("collectie-onbekend", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetCollection_Buurten_LinksItemsAsGeoJson()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/buurten");

        var items = json
            .RootElement.GetProperty("links")
            .EnumerateArray()
            .Single(l => l.GetProperty("rel").GetString() == "items");
        Assert.Equal("http://localhost/ogc/collections/buurten/items", items.GetProperty("href").GetString());
        Assert.Equal("application/geo+json", items.GetProperty("type").GetString());
        Assert.Equal(
            "http://www.opengis.net/def/crs/EPSG/0/28992",
            json.RootElement.GetProperty("storageCrs").GetString()
        );
        var enclosures = json
            .RootElement.GetProperty("links")
            .EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == "enclosure")
            .Select(l => l.GetProperty("href").GetString())
            .ToList();
        Assert.Contains("http://localhost/api/exports/buurten.gpkg", enclosures);
    }

    [Fact]
    public async Task GetApi_Always_IsOpenApi30WithEveryPathAndItsParameters()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/ogc/api", UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal("application/vnd.oai.openapi+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.0", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.RootElement.GetProperty("paths");
        foreach (
            var path in new[]
            {
                "/",
                "/conformance",
                "/api",
                "/collections",
                "/collections/buurten",
                "/collections/buurten/items/{featureId}",
            }
        )
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing path {path}");
        }

        var parameters = paths
            .GetProperty("/collections/buurten/items")
            .GetProperty("get")
            .GetProperty("parameters")
            .EnumerateArray()
            .Select(p =>
                p.TryGetProperty("$ref", out var r) ? r.GetString()!.Split('/')[^1] : p.GetProperty("name").GetString()
            )
            .ToList();
        Assert.Superset(
            new HashSet<string?>
            {
                "limit",
                "offset",
                "bbox",
                "bbox-crs",
                "crs",
                "datetime",
                "profiel",
                "wijkcode",
                "overlap",
            },
            parameters.ToHashSet()
        );
        var limit = json
            .RootElement.GetProperty("components")
            .GetProperty("parameters")
            .GetProperty("limit")
            .GetProperty("schema");
        Assert.Equal(10_000, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(100, limit.GetProperty("default").GetInt32());
    }

    [Fact]
    public async Task GetLandingPage_XmlFormat_Returns400NamingF()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc?f=xml", HttpStatusCode.BadRequest);

        Assert.Equal("f", json.RootElement.GetProperty("parameter").GetString());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("detail").ValueKind);
    }
}
