using GeoOpgave.Core.Issues;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.Tests.Fixtures;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Tests.GeoJson;

public sealed class GeoJsonReaderTests : IDisposable
{
    // The RD New origin in Amersfoort: lon 5.38720621, lat 52.15517440 is x 155000, y 463000.
    private const string AmersfoortPoint = """{"type":"Point","coordinates":[5.38720621,52.15517440]}""";
    private readonly ReaderTempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_Wgs84WithoutCrs_LandsWithinOneMetreOfAmersfoortOrigin()
    {
        var path = Collection(Feature(AmersfoortPoint, """{"naam":"Amersfoort"}"""));

        var result = GeoJsonReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(28992, result.Value.Srid);
        var point = Assert.Single(result.Value.Features).Geometry;
        Assert.Equal(28992, point.SRID);
        Assert.InRange(point.Coordinate.X, 154_999, 155_001);
        Assert.InRange(point.Coordinate.Y, 462_999, 463_001);
    }

    [Theory]
    [InlineData("urn:ogc:def:crs:EPSG::28992")]
    [InlineData("EPSG:28992")]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/28992")]
    public void Read_LegacyCrsMemberRdNew_KeepsCoordinates(string crsName)
    {
        var path = _files.Write("rd.geojson", $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"{{{crsName}}}"}},
             "features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[155000.5,463000.25]}}]}
            """);

        var result = GeoJsonReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        var point = Assert.Single(result.Value.Features).Geometry.Coordinate;
        Assert.Equal((155000.5, 463000.25), (point.X, point.Y));
    }

    [Fact]
    public void Read_Properties_AreTyped()
    {
        var path = Collection(
            Feature(AmersfoortPoint, """{"n":12,"d":1.5,"f":-99997.0,"s":"tekst","b":true,"leeg":null,"lijst":[1,2]}""")
        );

        var result = GeoJsonReader.Read(path);

        var attributes = Assert.Single(result.Value!.Features).Attributes;
        Assert.Equal(12L, attributes["n"]);
        Assert.Equal(1.5, attributes["d"]);
        Assert.Equal(-99997.0, attributes["f"]);
        Assert.Equal("tekst", attributes["s"]);
        Assert.Equal(true, attributes["b"]);
        Assert.Null(attributes["leeg"]);
        Assert.Equal("[1,2]", attributes["lijst"]);
    }

    [Fact]
    public void Read_SingleFeature_ReturnsOneFeatureNamedAfterFile()
    {
        var path = _files.Write("los.geojson", Feature(AmersfoortPoint, """{"naam":"los"}"""));

        var result = GeoJsonReader.Read(path);

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal("los", result.Value.Name);
        Assert.Equal("los", Assert.Single(result.Value.Features).Attributes["naam"]);
    }

    [Fact]
    public void Read_MalformedJson_ReportsUnreadableFileWithLine()
    {
        var path = _files.Write("kapot.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\": }]}");

        var result = GeoJsonReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.UnreadableFile, 3), (issue.Kind, issue.Row));
        Assert.StartsWith(
            "Dit is geen geldige JSON: de tekst houdt op of bevat een onverwacht teken (regel 3",
            issue.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Read_InvalidUtf8InTheLayerName_NamesTheByteAndLine()
    {
        // A windows-1252 "é" (0xE9) saved into a file that GeoJSON says is UTF-8.
        var path = _files.PathOf("latin1.geojson");
        byte[] start = "{\"type\":\"FeatureCollection\",\n\"name\":\"Caf"u8.ToArray();
        File.WriteAllBytes(path, [.. start, 0xE9, .. "\",\n\"features\":[]}"u8.ToArray()]);

        var result = GeoJsonReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.UnreadableFile, 2), (issue.Kind, issue.Row));
        Assert.Contains($"byte 0xE9 op byteplaats {start.Length} (regel 2)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingDeeperThanLimit_IsRefused()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var path = Collection(Feature(AmersfoortPoint, $$"""{"diep":{{deep}}}"""));

        var result = GeoJsonReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.UnreadableFile, issue.Kind);
        Assert.Contains("dieper genest dan 64 niveaus", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenGeometry_ReportsFeatureIndexAndKeepsOthers()
    {
        var path = Collection(
            Feature(AmersfoortPoint, """{"i":0}"""),
            Feature("""{"type":"Polygon","coordinates":"geen lijst"}""", """{"i":1}"""));

        var result = GeoJsonReader.Read(path);

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.BrokenGeometry, 1, "geometry"), (issue.Kind, issue.FeatureIndex, issue.Field));
        Assert.Equal(0L, Assert.Single(result.Value!.Features).Attributes["i"]);
    }

    [Fact]
    public void Read_RdCoordinatesWithoutCrs_ReportsUnknownCrs()
    {
        var path = Collection(Feature("""{"type":"Point","coordinates":[155000,463000]}""", "{}"));

        var result = GeoJsonReader.Read(path);

        Assert.Null(result.Value);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.UnknownCrs, 0), (issue.Kind, issue.FeatureIndex));
    }

    [Fact]
    public void Read_RdCoordinatesWithSridOption_ReadsThem()
    {
        var path = Collection(Feature("""{"type":"Point","coordinates":[155000,463000]}""", "{}"));

        var result = GeoJsonReader.Read(path, new GeoJsonReadOptions { Srid = 28992 });

        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        Assert.Equal(155000, Assert.Single(result.Value.Features).Geometry.Coordinate.X);
    }

    [Fact]
    public void Read_LatLonSwapped_ReportsOutsideNetherlands()
    {
        var path = Collection(Feature("""{"type":"Point","coordinates":[52.15517440,5.38720621]}""", "{}"));

        var result = GeoJsonReader.Read(path);

        var issue = Assert.Single(result.Errors);
        Assert.Equal((IssueKind.OutsideNetherlands, 0), (issue.Kind, issue.FeatureIndex));
    }

    [Fact]
    public void Read_UnknownCrsName_ReportsUnknownCrs()
    {
        var path = _files.Write("lambert.geojson", """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]}
            """);

        var result = GeoJsonReader.Read(path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.UnknownCrs, IssueSeverity.Error), (issue.Kind, issue.Severity));
    }

    [Fact]
    public void Read_GeometryObjectInsteadOfFeature_ReportsUnsupportedFormat()
    {
        var path = _files.Write("geom.geojson", AmersfoortPoint);

        var result = GeoJsonReader.Read(path);

        Assert.Equal(IssueKind.UnsupportedFormat, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Read_CollectionWithoutFeaturesList_ReportsUnsupportedFormat()
    {
        var path = _files.Write("zonder.geojson", """{"type":"FeatureCollection"}""");

        var result = GeoJsonReader.Read(path);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.UnsupportedFormat, "features"), (issue.Kind, issue.Field));
    }

    [Fact]
    public void Read_MissingFile_ReturnsFileNotFound()
    {
        var result = GeoJsonReader.Read(_files.PathOf("nergens.geojson"));

        Assert.Equal(IssueKind.FileNotFound, Assert.Single(result.Issues).Kind);
    }

    private static string Feature(string geometry, string properties) =>
        $$"""{"type":"Feature","properties":{{properties}},"geometry":{{geometry}}}""";

    private string Collection(params string[] features) =>
        _files.Write("laag.geojson", $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""");
}
