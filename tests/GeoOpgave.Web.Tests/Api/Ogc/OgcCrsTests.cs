using System.Net;
using System.Text.Json;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>OGC API Features Part 2: crs, bbox-crs and Content-Crs, with the axis order of each CRS.</summary>
public sealed class OgcCrsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    private const string Items = "/ogc/collections/buurten/items";
    private const string RdNew = "http://www.opengis.net/def/crs/EPSG/0/28992";
    private const string Etrs89 = "http://www.opengis.net/def/crs/EPSG/0/4258";

    [Fact]
    public async Task GetItems_CrsRdNew_WritesMetresXyAndContentCrs()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"{Items}?crs={RdNew}", UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal($"<{RdNew}>", response.Headers.GetValues("Content-Crs").Single());
        Assert.All(AllPositions(json), p =>
        {
            Assert.InRange(p.First, 100_000, 200_000);
            Assert.InRange(p.Second, 400_000, 500_000);
        });
    }

    [Fact]
    public async Task GetItems_CrsEtrs89_WritesLatitudeFirst()
    {
        using var client = factory.CreateClient();
        using var crs84 = await OgcTestClient.GetJsonAsync(client, $"{Items}?limit=1");

        using var response = await client.GetAsync(new Uri($"{Items}?limit=1&crs={Etrs89}", UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal($"<{Etrs89}>", response.Headers.GetValues("Content-Crs").Single());
        var lonLat = AllPositions(crs84).ToList();
        var latLon = AllPositions(json).ToList();
        Assert.All(latLon, p => Assert.InRange(p.First, 50.7, 53.6));
        Assert.Equal(lonLat.Select(p => (p.Second, p.First)), latLon);
    }

    [Fact]
    public async Task GetItems_BboxCrsEtrs89LatLon_MatchesTheSameBoxInCrs84()
    {
        using var client = factory.CreateClient();
        using var crs84 = await OgcTestClient.GetJsonAsync(client, $"{Items}?bbox=5.37,51.96,5.385,51.975");

        using var etrs = await OgcTestClient.GetJsonAsync(
            client,
            $"{Items}?bbox=51.96,5.37,51.975,5.385&bbox-crs={Etrs89}"
        );

        Assert.True(Ids(crs84).Count > 0);
        Assert.Equal(Ids(crs84), Ids(etrs));
    }

    [Fact]
    public async Task GetItems_BboxCrsRdNew_FindsTheBuurtAroundAPoint()
    {
        using var client = factory.CreateClient();
        using var one = await OgcTestClient.GetJsonAsync(client, $"{Items}?limit=1&crs={RdNew}");
        var feature = OgcTestClient.Features(one).Single();
        var (x, y) = OgcTestClient.Positions(feature.GetProperty("geometry").GetProperty("coordinates")).First();

        using var json = await OgcTestClient.GetJsonAsync(
            client,
            FormattableString.Invariant($"{Items}?bbox={x - 1},{y - 1},{x + 1},{y + 1}&bbox-crs={RdNew}")
        );

        Assert.Contains(feature.GetProperty("id").GetString(), Ids(json));
        Assert.True(Ids(json).Count < 10);
    }

    [Fact]
    public async Task GetItem_KnownBuurt_ReturnsThatFeatureWithLinks()
    {
        using var client = factory.CreateClient();
        using var one = await OgcTestClient.GetJsonAsync(client, $"{Items}?limit=1");
        var id = OgcTestClient.Features(one).Single().GetProperty("id").GetString();

        using var response = await client.GetAsync(new Uri($"{Items}/{id}?crs={RdNew}", UriKind.Relative));
        using var json = await OgcTestClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"<{RdNew}>", response.Headers.GetValues("Content-Crs").Single());
        Assert.Equal("Feature", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("http://localhost/ogc/collections/buurten", OgcTestClient.Href(json.RootElement, "collection"));
        Assert.InRange(
            OgcTestClient.Positions(json.RootElement.GetProperty("geometry").GetProperty("coordinates")).First().First,
            100_000,
            200_000
        );
    }

    [Fact]
    public async Task GetItem_UnknownFeature_Returns404ProblemWithCode()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, $"{Items}/BU00000000", HttpStatusCode.NotFound);

        Assert.Equal("feature-onbekend", json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetItem_Wijk_IsFoundByWijkcode()
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, "/ogc/collections/wijken/items/WK999900");

        Assert.Equal("WK999900", json.RootElement.GetProperty("properties").GetProperty("wijkcode").GetString());
    }

    private static List<string?> Ids(JsonDocument json) =>
        OgcTestClient.Features(json).Select(f => f.GetProperty("id").GetString()).ToList();

    private static IEnumerable<(double First, double Second)> AllPositions(JsonDocument json) =>
        OgcTestClient
            .Features(json)
            .SelectMany(f => OgcTestClient.Positions(f.GetProperty("geometry").GetProperty("coordinates")));
}
