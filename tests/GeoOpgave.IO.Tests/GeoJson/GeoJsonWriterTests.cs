using System.Text.Json;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;

namespace GeoOpgave.IO.Tests.GeoJson;

public sealed class GeoJsonWriterTests
{
    [Fact]
    public void Write_AmersfoortOrigin_LandsAtItsWgs84Position()
    {
        var layer = new VectorLayer("punt", 28992, [WriterTestLayers.Feature("POINT (155000 463000)", [])]);

        var coordinates = Geometry(Write(layer), 0).GetProperty("coordinates");

        Assert.Equal(5.3872, coordinates[0].GetDouble(), 4);
        Assert.InRange(coordinates[0].GetDouble(), 5.3871, 5.3873);
        Assert.InRange(coordinates[1].GetDouble(), 52.1551, 52.1553);
    }

    [Fact]
    public void Write_Layer_WritesNamedFeatureCollectionWithJsonValues()
    {
        var layer = new VectorLayer(
            "zones",
            28992,
            [
                WriterTestLayers.Feature(
                    "POINT (155000 463000)",
                    new()
                    {
                        ["klasse"] = 3L,
                        ["bron"] = "stresstest",
                        ["aandeel"] = 0.25,
                        ["nat"] = true,
                        ["leeg"] = null,
                        ["nan"] = double.NaN,
                    }
                ),
            ]
        );

        using var json = Write(layer);

        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("zones", json.RootElement.GetProperty("name").GetString());
        var properties = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(3, properties.GetProperty("klasse").GetInt64());
        Assert.Equal("stresstest", properties.GetProperty("bron").GetString());
        Assert.Equal(0.25, properties.GetProperty("aandeel").GetDouble());
        Assert.True(properties.GetProperty("nat").GetBoolean());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("leeg").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("nan").ValueKind);
        Assert.False(json.RootElement.TryGetProperty("crs", out _));
    }

    [Fact]
    public void Write_ClockwisePolygonWithHole_WritesCounterClockwiseExteriorAndClockwiseHole()
    {
        var layer = new VectorLayer(
            "p",
            28992,
            [
                WriterTestLayers.Feature(
                    "POLYGON ((150000 440000, 150000 441000, 151000 441000, 151000 440000, 150000 440000), (150200 440200, 150800 440200, 150800 440800, 150200 440800, 150200 440200))",
                    []
                ),
            ]
        );

        var rings = Geometry(Write(layer), 0).GetProperty("coordinates");

        Assert.True(SignedArea(rings[0]) > 0);
        Assert.True(SignedArea(rings[1]) < 0);
    }

    [Fact]
    public void Write_Coordinates_RoundedToSevenDecimals()
    {
        var layer = new VectorLayer(
            "l",
            28992,
            [WriterTestLayers.Feature("LINESTRING (155000.123 463000.456, 156000.789 464000.321)", [])]
        );

        var coordinates = Geometry(Write(layer), 0).GetProperty("coordinates");

        foreach (var value in coordinates.EnumerateArray().SelectMany(c => c.EnumerateArray()))
        {
            var text = value.GetRawText();
            Assert.True(text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 <= 7, text);
        }
    }

    [Fact]
    public void Write_Wgs84Layer_KeepsCoordinates()
    {
        var layer = new VectorLayer("w", 4326, [WriterTestLayers.Feature("POINT (5.1 52.2)", [])]);

        var coordinates = Geometry(Write(layer), 0).GetProperty("coordinates");

        Assert.Equal(5.1, coordinates[0].GetDouble());
        Assert.Equal(52.2, coordinates[1].GetDouble());
    }

    [Fact]
    public void Write_PointWithHeight_WritesTwoDimensionalPosition()
    {
        var layer = new VectorLayer("z", 28992, [WriterTestLayers.Feature("POINT Z (155000 463000 12.5)", [])]);

        var coordinates = Geometry(Write(layer), 0).GetProperty("coordinates");

        Assert.Equal(2, coordinates.GetArrayLength());
    }

    [Fact]
    public void Write_EmptyGeometry_WritesNullGeometry()
    {
        var layer = new VectorLayer("leeg", 28992, [WriterTestLayers.Feature("POLYGON EMPTY", [])]);

        Assert.Equal(JsonValueKind.Null, Geometry(Write(layer), 0).ValueKind);
    }

    [Fact]
    public async Task WriteAsync_Layer_WritesTheSameBytesAsWrite()
    {
        var layer = new VectorLayer(
            "l",
            28992,
            [WriterTestLayers.Feature("POINT (155000 463000)", new() { ["n"] = 1L })]
        );
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        GeoJsonWriter.Write(sync, layer);
        await GeoJsonWriter.WriteAsync(async, layer);

        Assert.Equal(sync.ToArray(), async.ToArray());
    }

    [Fact]
    public void Write_UnknownSrid_Throws()
    {
        var layer = new VectorLayer("l", 2154, [WriterTestLayers.Feature("POINT (1 1)", [])]);

        Assert.Throws<ArgumentException>(() => GeoJsonWriter.Write(Stream.Null, layer));
    }

    [Fact]
    public void WriteFile_ReadByOgrinfo_ReportsNoWarnings()
    {
        var path = Path.Combine(Path.GetTempPath(), "geojsonwriter-" + Guid.NewGuid().ToString("N") + ".geojson");
        var layer = new VectorLayer(
            "zones",
            28992,
            [
                WriterTestLayers.Feature(
                    "MULTIPOLYGON (((150000 440000, 151000 440000, 151000 441000, 150000 440000)))",
                    new() { ["klasse"] = 5L, ["bron"] = null }
                ),
                WriterTestLayers.Feature(
                    "POLYGON ((152000 440000, 153000 440000, 153000 441000, 152000 440000))",
                    new() { ["klasse"] = 1L, ["bron"] = "meldingen" }
                ),
            ]
        );
        try
        {
            GeoJsonWriter.WriteFile(path, layer);

            var output = WriterGdalTool.Run("ogrinfo", "-al", path);

            WriterGdalTool.AssertClean(output);
            Assert.Contains("Feature Count: 2", output, StringComparison.Ordinal);
            Assert.Contains("klasse: Integer", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonDocument Write(VectorLayer layer)
    {
        using var stream = new MemoryStream();
        GeoJsonWriter.Write(stream, layer);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static JsonElement Geometry(JsonDocument json, int feature) =>
        json.RootElement.GetProperty("features")[feature].GetProperty("geometry");

    private static double SignedArea(JsonElement ring)
    {
        var points = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        return points.Zip(points.Skip(1)).Sum(s => (s.First.X * s.Second.Y) - (s.Second.X * s.First.Y)) / 2;
    }
}
