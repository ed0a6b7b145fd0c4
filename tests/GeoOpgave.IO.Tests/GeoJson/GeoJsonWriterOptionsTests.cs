using System.Text.Json;
using System.Text.Json.Nodes;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;

namespace GeoOpgave.IO.Tests.GeoJson;

public sealed class GeoJsonWriterOptionsTests
{
    // Around the Onze Lieve Vrouwetoren in Amersfoort, the origin of RD New (155000, 463000) = 52.1552 N, 5.3872 E.
    private const string Point = "POINT (155000 463000)";

    [Fact]
    public async Task WriteAsync_TargetRdNew_WritesMetresWithThreeDecimals()
    {
        var json = await WriteAsync(new GeoJsonWriteOptions { TargetSrid = Srid.RdNew });

        var coordinates = Coordinates(json);
        Assert.Equal(155000, coordinates[0]);
        Assert.Equal(463000, coordinates[1]);
    }

    [Fact]
    public async Task WriteAsync_Etrs89LatitudeFirst_WritesLatitudeThenLongitude()
    {
        var json = await WriteAsync(
            new GeoJsonWriteOptions { TargetSrid = GeoJsonWriteOptions.Etrs89Srid, LatitudeFirst = true }
        );

        var coordinates = Coordinates(json);
        Assert.Equal(52.1552, coordinates[0], 3);
        Assert.Equal(5.3872, coordinates[1], 3);
    }

    [Fact]
    public async Task WriteAsync_LatitudeFirstClockwisePolygon_ExteriorStillTurnsCounterClockwiseOnTheMap()
    {
        var layer = new VectorLayer(
            "t",
            Srid.RdNew,
            [
                WriterTestLayers.Feature(
                    "POLYGON ((150000 440000, 150000 441000, 151000 441000, 151000 440000, 150000 440000))",
                    []
                ),
            ]
        );
        using var stream = new MemoryStream();

        await GeoJsonWriter.WriteAsync(
            stream,
            layer,
            new GeoJsonWriteOptions { TargetSrid = GeoJsonWriteOptions.Etrs89Srid, LatitudeFirst = true }
        );

        using var json = JsonDocument.Parse(stream.ToArray());
        var ring = json.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        var lonLat = ring.EnumerateArray().Select(p => (X: p[1].GetDouble(), Y: p[0].GetDouble())).ToList();
        Assert.True(lonLat.Zip(lonLat.Skip(1)).Sum(s => (s.First.X * s.Second.Y) - (s.Second.X * s.First.Y)) > 0);
    }

    [Fact]
    public async Task WriteAsync_DefaultOptions_WritesLongitudeFirst()
    {
        var json = await WriteAsync(GeoJsonWriteOptions.Default);

        var coordinates = Coordinates(json);
        Assert.Equal(5.3872, coordinates[0], 3);
        Assert.Equal(52.1552, coordinates[1], 3);
    }

    [Fact]
    public async Task WriteAsync_IdAttributeAndForeignMembers_AreWritten()
    {
        var options = new GeoJsonWriteOptions
        {
            IdAttribute = "code",
            ForeignMembers = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
            {
                ["numberMatched"] = 7,
                ["extra"] = null,
            },
        };

        var json = await WriteAsync(options);

        Assert.Equal("BU1", json.RootElement.GetProperty("features")[0].GetProperty("id").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("numberMatched").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("extra").ValueKind);
    }

    [Fact]
    public async Task WriteFeatureAsync_OneFeature_WritesAFeatureObjectWithMembers()
    {
        var feature = WriterTestLayers.Feature(Point, new() { ["code"] = "BU1" });
        var options = new GeoJsonWriteOptions
        {
            IdAttribute = "code",
            ForeignMembers = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["links"] = new JsonArray() },
        };
        using var stream = new MemoryStream();

        await GeoJsonWriter.WriteFeatureAsync(stream, feature, Srid.RdNew, options);

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("Feature", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("BU1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("links").ValueKind);
    }

    private static async Task<JsonDocument> WriteAsync(GeoJsonWriteOptions options)
    {
        var layer = new VectorLayer("t", Srid.RdNew, [WriterTestLayers.Feature(Point, new() { ["code"] = "BU1" })]);
        using var stream = new MemoryStream();
        await GeoJsonWriter.WriteAsync(stream, layer, options);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static double[] Coordinates(JsonDocument json) =>
        json
            .RootElement.GetProperty("features")[0]
            .GetProperty("geometry")
            .GetProperty("coordinates")
            .EnumerateArray()
            .Select(c => c.GetDouble())
            .ToArray();
}
