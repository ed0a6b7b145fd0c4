using GeoOpgave.Application.Import;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Tests.Import;

public sealed class ImportServiceTests
{
    [Fact]
    public async Task ImportAsync_GeoJsonWithLegacyRdCrs_LandsWithReport()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("punten.geojson");
        await File.WriteAllTextAsync(path, ImportFixtures.RdGeoJson);

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Equal("urn:ogc:def:crs:EPSG::28992", report.CrsDetected);
        Assert.Equal(
            (3, 2, 1, 0),
            (report.FeaturesRead, report.FeaturesImported, report.FeaturesRejected, report.FeaturesRepaired)
        );
        Assert.Equal(["Point"], report.GeometryTypes);
        Assert.Equal(new ImportExtent(155000, 463000, 156000, 464000), report.Extent);
        Assert.Equal(new ImportFieldSummary("woningen", "real", 0), report.Fields.Single(f => f.Name == "woningen"));
        Assert.Equal(new ImportFieldSummary("woz", "integer", 1), report.Fields.Single(f => f.Name == "woz"));
        var layer = Assert.Single(await workspace.LayersAsync());
        Assert.Equal(("punten", LayerKind.Vector, 2L), (layer.Name, layer.Kind, layer.FeatureCount));
        var features = await workspace.FeaturesAsync(layer.Id);
        Assert.Contains("\"woz\":null", features[0].AttributesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_GeoJsonWgs84AmersfoortOrigin_LandsWithin1mOfRdOrigin()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("origin.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
             "geometry":{"type":"Point","coordinates":[5.38720621,52.15517440]}}]}
            """);

        var result = await workspace.ImportAsync(new ImportRequest(path) { Name = "oorsprong" });

        Assert.True(result.Imported);
        var point = Assert.Single(await workspace.FeaturesAsync(result.Layers[0].Id)).Geometry.Coordinate;
        Assert.InRange(point.X, 154999, 155001);
        Assert.InRange(point.Y, 462999, 463001);
        Assert.Equal("EPSG:4326 (RFC 7946, geen crs-lid)", result.Reports[0].CrsDetected);
    }

    [Fact]
    public async Task ImportAsync_SelfIntersectingPolygon_IsRepairedAndCounted()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(
            workspace.File("vlakken.gpkg"),
            ImportFixtures.Layer(
                "vlakken",
                "POLYGON ((150000 460000, 151000 461000, 151000 460000, 150000 461000, 150000 460000))"
            )
        );

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var report = Assert.Single(result.Reports);
        Assert.Equal(1, report.FeaturesRepaired);
        var issue = Assert.Single(report.Issues, i => i.Kind == IssueKind.Repaired);
        Assert.Equal(0, issue.FeatureIndex);
        Assert.True((await workspace.FeaturesAsync(result.Layers[0].Id))[0].Geometry.IsValid);
    }

    [Fact]
    public async Task ImportAsync_GeoPackageWithoutLayerOption_ImportsEveryLayerInOneGo()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoPackage(
            workspace.File("bron.gpkg"),
            ImportFixtures.Layer("scholen", "POINT (150000 460000)", "POINT (150100 460100)"),
            ImportFixtures.Layer("wegen", "LINESTRING (150000 460000, 151000 461000)"));

        var all = await workspace.ImportAsync(new ImportRequest(path));
        var one = await workspace.ImportAsync(new ImportRequest(path) { Layer = "wegen", Name = "wegen2" });

        Assert.True(all.Imported);
        Assert.True(one.Imported);
        Assert.Equal(["EPSG:28992", "EPSG:28992"], all.Reports.Select(r => r.CrsDetected));
        var layers = await workspace.LayersAsync();
        Assert.Equal(["scholen", "wegen", "wegen2"], layers.Select(l => l.Name));
        Assert.Equal([2L, 1L, 1L], layers.Select(l => l.FeatureCount));
    }

    [Fact]
    public async Task ImportAsync_ZippedShapefile_ImportsTheShapefileAndLeavesNoTempFiles()
    {
        await using var workspace = new ImportTestWorkspace();
        var zip = ImportFixtures.ZippedShapefile(
            workspace.Files,
            "wijken.shp.zip",
            ImportFixtures.Layer("wijken", "POINT (150000 460000)", "POINT (152000 462000)")
        );

        var result = await workspace.ImportAsync(new ImportRequest(zip));

        Assert.True(
            result.Imported,
            string.Join("; ", result.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
        );
        Assert.Equal(("wijken", 2L), (result.Layers[0].Name, result.Layers[0].FeatureCount));
        Assert.Equal("wijken", result.Reports[0].SourceLayer);
        Assert.Empty(Directory.EnumerateFileSystemEntries(workspace.TempDirectory));
    }

    [Fact]
    public async Task ImportAsync_DutchPointCsv_ReadsCommaDecimalsAndLonLat()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = workspace.File("labels.csv");
        await File.WriteAllTextAsync(path, "\uFEFFid;lon;lat;label\n1;5,38720621;52,15517440;A\n2;5,4;52,16;\n");

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var report = result.Reports[0];
        Assert.Equal("EPSG:4326 (lon/lat-kolommen)", report.CrsDetected);
        Assert.Equal(2, report.FeaturesImported);
        Assert.Equal(new ImportFieldSummary("label", "text", 1), report.Fields.Single(f => f.Name == "label"));
    }

    [Fact]
    public async Task ImportAsync_CodeTable_LandsIndicatorValuesAndReportsUnmatchedCodes()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2024, [new("BU03630001", "score", 2024, 9)], "BU03630001", "BU03630002");
        var path = workspace.File("scores.csv");
        await File.WriteAllTextAsync(
            path,
            "\uFEFF\"Regiocode\";\"Score (getal)\";\"Naam\"\n\"bu03630001  \";\"1,5\";\"x\"\n\"BU03630002\";\".\";\"y\"\n\"BU09990001\";\"3\";\"z\"\n"
        );

        var result = await workspace.ImportAsync(new ImportRequest(path) { Name = "scores" });

        Assert.True(result.Imported);
        var report = result.Reports[0];
        Assert.Equal(("table", 2024, 3, 2), (report.Kind, report.Year, report.FeaturesRead, report.FeaturesImported));
        Assert.Equal(["BU09990001"], report.UnmatchedCodes);
        Assert.Equal(new ImportFieldSummary("Score (getal)", "real", 1), report.Fields[0]);
        // The '.' cell is not stored: an unknown figure must not replace another source's known one of the same year.
        IndicatorValue[] expected =
        [
            new("BU03630001", "score", 2024, 9),
            new("BU03630001", "score_getal", 2024, 1.5) { Source = "scores" },
        ];
        Assert.Equal(expected, await workspace.IndicatorValuesAsync(2024));
    }

    [Fact]
    public async Task ImportAsync_GeoTiff_StoresTheRasterWithItsExtent()
    {
        await using var workspace = new ImportTestWorkspace();
        var path = ImportFixtures.GeoTiff(workspace.File("hitte.tif"));

        var result = await workspace.ImportAsync(new ImportRequest(path));

        Assert.True(result.Imported);
        var layer = Assert.Single(result.Layers);
        Assert.Equal((LayerKind.Raster, 6L), (layer.Kind, layer.FeatureCount));
        Assert.Equal(new ImportExtent(155000, 463000, 155300, 463200), result.Reports[0].Extent);
        Assert.Equal(1, result.Reports[0].Fields[0].Missing);
    }
}
