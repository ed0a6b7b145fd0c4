using System.Net;
using System.Net.Http.Headers;
using GeoOpgave.Application.Tiles;
using GeoOpgave.Web.Tests.Api.Ogc;

namespace GeoOpgave.Web.Tests.Api.Tiles;

public sealed class TileEndpointsTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    // The middle of the demo gemeente Demodam.
    internal static readonly TileAddress Centre14 = TestTiles.Around(51.984, 5.388, 14);

    internal static string Url(TileAddress a, string collection = "buurten") =>
        $"/tiles/{collection}/{a.Z}/{a.X}/{a.Y}.mvt";

    [Fact]
    public async Task GetTile_DemoCentre_ReturnsAnMvtOfBuurtenWithTheirAnalysis()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(Url(Centre14), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoCache);
        var features = TestTiles.Decode(await response.Content.ReadAsByteArrayAsync(), Centre14);
        Assert.NotEmpty(features);
        Assert.All(features, f =>
            Assert.StartsWith("BU9999", (string)f.Attributes["buurtcode"], StringComparison.Ordinal)
        );
        Assert.All(features, f =>
            Assert.InRange(
                Convert.ToInt64(f.Attributes["overlap"], System.Globalization.CultureInfo.InvariantCulture),
                0,
                4
            )
        );
    }

    [Fact]
    public async Task GetTile_IfNoneMatchCurrentETag_Returns304()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri(Url(Centre14), UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Url(Centre14), UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task GetTile_OtherProfiel_HasAnotherETag()
    {
        using var client = factory.CreateClient();

        using var standaard = await client.GetAsync(new Uri(Url(Centre14), UriKind.Relative));
        using var vast = await client.GetAsync(new Uri(Url(Centre14) + "?profiel=vaste-drempels", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, vast.StatusCode);
        Assert.NotEqual(standaard.Headers.ETag, vast.Headers.ETag);
    }

    [Fact]
    public async Task GetTile_Zoom0_IsUnder500KilobytesAndReadable()
    {
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("/tiles/buurten/0/0/0.mvt", UriKind.Relative));

        Assert.InRange(bytes.Length, 0, 500 * 1024);
        Assert.NotNull(TestTiles.Decode(bytes, new TileAddress(0, 0, 0)));
    }

    [Fact]
    public async Task GetTile_Wijken_HoldsWijkcodes()
    {
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri(Url(Centre14, "wijken"), UriKind.Relative));

        var features = TestTiles.Decode(bytes, Centre14);
        Assert.NotEmpty(features);
        Assert.All(features, f =>
            Assert.StartsWith("WK9999", (string)f.Attributes["wijkcode"], StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("/tiles/buurten/23/0/0.mvt", HttpStatusCode.BadRequest, "tegel-ongeldig")]
    [InlineData("/tiles/buurten/2/4/0.mvt", HttpStatusCode.BadRequest, "tegel-ongeldig")]
    [InlineData("/tiles/provincies/0/0/0.mvt", HttpStatusCode.NotFound, "collectie-onbekend")]
    [InlineData("/tiles/wijken/0/0/0.mvt?profiel=standaard", HttpStatusCode.BadRequest, "parameter-onbekend")]
    [InlineData("/tiles/buurten/0/0/0.mvt?profiel=bestaat-niet", HttpStatusCode.BadRequest, "profiel-onbekend")]
    public async Task GetTile_BadRequest_ReturnsProblemWithCode(string url, HttpStatusCode status, string code)
    {
        using var client = factory.CreateClient();

        using var json = await OgcTestClient.GetJsonAsync(client, url, status);

        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetTile_Ogrinfo_ReadsTheTileWithoutWarnings()
    {
        using var client = factory.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri(Url(Centre14), UriKind.Relative));
        var folder = Directory.CreateTempSubdirectory("geoopgave-tiles-").FullName;
        var path = Path.Combine(folder, $"{Centre14.Z}", $"{Centre14.X}", $"{Centre14.Y}.mvt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var output = await OgrInfo.RunAsync("-al", "-so", path);

            OgrInfo.AssertClean(output);
            Assert.Contains("Layer name: buurten", output, StringComparison.Ordinal);
            Assert.Contains("buurtcode: String", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
