using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>What the report of <c>import --as-areas</c> says about its source, worded as a layer import words
/// it.</summary>
public sealed class ImportAreasReportTests : IDisposable
{
    private static readonly string Baarn =
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "Real", "baarn_buurten.geojson");
    private readonly TempWorkspace _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ImportAsAreas_GeoPackage_ReportsTheCrsItsLayersDeclare()
    {
        var kaart = _folder.PathOf("wijkenbuurten_2023.gpkg");
        ImportAreasCommandTests.CbsGpkg.Build(kaart);

        var (exitCode, text) = await CliRun.RunAsync("import", kaart, "--as-areas", "--db", _folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("EPSG:28992", Row(text, "CRS in bron"));
        Assert.Equal("EPSG:28992 → opgeslagen in EPSG:28992", Row(text, "CRS gebruikt"));
    }

    [Fact]
    public async Task ImportAsAreas_GeoJsonWithoutCrsMember_ReportsRfc7946AsTheLayerImportDoes()
    {
        var areas = await CliRun.RunAsync("import", Baarn, "--as-areas", "--db", _folder.Db);
        var layer = await CliRun.RunAsync("import", Baarn, "--db", _folder.Db);

        Assert.Equal(ExitCodes.Success, areas.ExitCode);
        Assert.Equal("EPSG:4326 (RFC 7946, geen crs-lid)", Row(areas.Output, "CRS in bron"));
        Assert.Equal(Row(layer.Output, "CRS in bron"), Row(areas.Output, "CRS in bron"));
        Assert.Equal(Row(layer.Output, "CRS gebruikt"), Row(areas.Output, "CRS gebruikt"));
    }

    [Fact]
    public async Task ImportAsAreas_BrokenGeoJsonGeometry_NamesTheFeatureAsQgisCountsItAndItsBuurtcode()
    {
        var kaart = JsonNode.Parse(await File.ReadAllTextAsync(Baarn))!;
        var sixth = kaart["features"]![5]!;
        sixth["geometry"] = JsonNode.Parse("""{"type":"Polygon","coordinates":[[["a","b"]]]}""");
        var path = _folder.PathOf("baarn_kapot.geojson");
        await File.WriteAllTextAsync(path, kaart.ToJsonString());

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--as-areas", "--db", _folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        var error = text.Split('\n').Single(l => l.StartsWith("Error BrokenGeometry", StringComparison.Ordinal));
        // The sixth feature: QGIS and the upload page count from 1, as CSV lines do.
        Assert.StartsWith("Error BrokenGeometry (object 6, veld geometry)", error, StringComparison.Ordinal);
        Assert.Contains(sixth["properties"]!["buurtcode"]!.GetValue<string>(), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsAreas_NoYear_IsOneErrorThatSaysSo()
    {
        var path = _folder.PathOf("zonder_jaar.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"buurtcode":"BU03080000"},
             "geometry":{"type":"Polygon","coordinates":[[[5.28,52.21],[5.29,52.21],[5.29,52.22],[5.28,52.21]]]}}]}
            """);

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--as-areas", "--db", _folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        // The missing year is why nothing could be read; "no usable area" after it would only repeat that.
        var error = Assert.Single(text.Split('\n'), l => l.StartsWith("Error ", StringComparison.Ordinal));
        Assert.StartsWith("Error MissingYear", error, StringComparison.Ordinal);
    }

    // The value of a row of the report's summary table.
    private static string Row(string text, string label) =>
        Regex.Match(text, $@"│ {Regex.Escape(label)}\s*│ (.*?)\s*│").Groups[1].Value;
}
