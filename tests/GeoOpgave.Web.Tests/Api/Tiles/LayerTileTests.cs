using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Tests.Api.Tiles;

/// <summary>An imported vector layer is a tile collection too (<c>/tiles/laag-NAAM/…</c>), and leaves with its
/// layer.</summary>
public sealed class LayerTileTests(GeoOpgaveWebFactory factory) : IClassFixture<GeoOpgaveWebFactory>
{
    private const string Point = """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"naam":"Laadpaal Markt","vermogen":22},"geometry":{"type":"Point","coordinates":[5.388,51.984]}}]}
        """;

    [Fact]
    public async Task GetTile_ImportedLayer_HoldsItsFeatureWithFieldsUntilTheLayerIsDeleted()
    {
        using var client = factory.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Point));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        using var form = new MultipartFormDataContent { { content, "file", "tegelpalen.geojson" } };
        using var created = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("layers")[0].GetProperty("id").GetInt64();
        var url = new Uri(TileEndpointsTests.Url(TileEndpointsTests.Centre14, "laag-tegelpalen"), UriKind.Relative);

        using var tile = await client.GetAsync(url);
        var features = TestTiles.Decode(await tile.Content.ReadAsByteArrayAsync(), TileEndpointsTests.Centre14);
        using var deleted = await client.DeleteAsync(new Uri($"/api/layers/{id}", UriKind.Relative));
        using var gone = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        var feature = Assert.Single(features);
        Assert.IsType<Point>(feature.Geometry);
        Assert.Equal("Laadpaal Markt", feature.Attributes["naam"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
