using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>
/// A loopback server whose workspace holds, beside the demo, an imported polygon layer (laag-wateroverlast-oost, three
/// zones in RD New) and one selectie (Oost: wijk WK999900), for the OGC tests of layer and selectie collections.
/// </summary>
public sealed class OgcLayerServerFixture : IAsyncLifetime
{
    public const string LayerCollection = "laag-wateroverlast-oost";

    private const string Zones = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"Noord","klasse":3,"diepte":0.25},"geometry":{"type":"Polygon","coordinates":[[[155000,463000],[155100,463000],[155100,463100],[155000,463100],[155000,463000]]]}},
         {"type":"Feature","properties":{"naam":"Zuid","klasse":4,"diepte":0.5},"geometry":{"type":"Polygon","coordinates":[[[155200,463000],[155300,463000],[155300,463100],[155200,463100],[155200,463000]]]}},
         {"type":"Feature","properties":{"naam":"West","klasse":3,"diepte":null},"geometry":{"type":"Polygon","coordinates":[[[158000,466000],[158100,466000],[158100,466100],[158000,466100],[158000,466000]]]}}]}
        """;

    public GeoOpgaveServer Server { get; } = new();

    public HttpClient CreateClient() => new() { BaseAddress = Server.RootUri };

    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Zones));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        using var upload = new MultipartFormDataContent { { file, "file", "wateroverlast-oost.geojson" } };
        using var layer = await client.PostAsync(new Uri("/api/layers", UriKind.Relative), upload);
        Assert.True(layer.IsSuccessStatusCode, await layer.Content.ReadAsStringAsync());
        using var selectie = await client.PostAsJsonAsync(
            "/api/selecties",
            new
            {
                name = "Oost",
                notes = "eerst aanpakken",
                codes = new[] { "WK999900" },
            }
        );
        Assert.True(selectie.IsSuccessStatusCode, await selectie.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }
}
