using System.IO.Compression;
using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class ImportCommandTests
{
    private const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"A","n":1},"geometry":{"type":"Point","coordinates":[155000,463000]}},
         {"type":"Feature","properties":{"naam":"B","n":-99997},"geometry":{"type":"Point","coordinates":[156000,464000]}}]}
        """;

    [Fact]
    public async Task Import_GeoJson_ExitZeroPrintsReportAndListsTheLayer()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("punten.geojson");
        await File.WriteAllTextAsync(path, RdGeoJson);
        var reportFile = folder.PathOf("rapport.json");

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            path,
            "--name",
            "mijn punten",
            "--db",
            folder.Db,
            "--report",
            reportFile
        );
        var (listCode, list) = await CliRun.RunAsync("layers", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("EPSG:28992", text, StringComparison.Ordinal);
        Assert.Contains("Geïmporteerd: mijn punten (2)", text, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportFile));
        Assert.Equal(1, report.RootElement[0].GetProperty("fields")[1].GetProperty("missing").GetInt32());
        Assert.Equal(ExitCodes.Success, listCode);
        Assert.Contains("mijn punten", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ManyWarningsAndOneError_PrintsTheErrorFirstAndFoldsEachKind()
    {
        using var folder = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", folder.Db);
        var path = folder.PathOf("tabel.csv");
        var rows = Enumerable.Range(0, 60).Select(i => $"Hof {i};{i}");
        await File.WriteAllTextAsync(path, "regio;waarde\n" + string.Join('\n', rows) + "\n");

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--code-column", "regio", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        var error = text.IndexOf("Error NoMatchingAreas", StringComparison.Ordinal);
        Assert.InRange(error, 0, text.IndexOf("Warning InvalidCode", StringComparison.Ordinal));
        Assert.Contains("… en nog 55 × Warning InvalidCode (zie --report).", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BU03630000", "de tabel gaat over GM0363 (zoals BU03630000), de werkruimte over GM9999")]
    [InlineData("BU99990999", "al gaat de tabel over dezelfde gemeente (GM9999; zoals BU99990999)")]
    public async Task Import_TableOfAnotherGemeenteOrIndeling_SaysWhoseCodesItHolds(string code, string expected)
    {
        using var folder = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", folder.Db);
        var path = folder.PathOf("tabel.csv");
        await File.WriteAllTextAsync(path, $"buurtcode;waarde\n{code};5\n");

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--code-column", "buurtcode", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains(expected, flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PointCsvWithNamedColumns_ExitZero()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("adressen.csv");
        await File.WriteAllTextAsync(path, "oost,noord,naam\n155000,463000,a\n155500.5,463500,b\n");

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            path,
            "-x",
            "oost",
            "--y-column",
            "noord",
            "--crs",
            "EPSG:28992",
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("adressen (2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PointCsvWithLongCoordinateOptions_SameAsColumnOptions()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("adressen.csv");
        await File.WriteAllTextAsync(path, "oost,noord,naam\n155000,463000,a\n155500.5,463500,b\n");

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            path,
            "--x",
            "oost",
            "--y",
            "noord",
            "--crs",
            "EPSG:28992",
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("adressen (2)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ontbreekt.geojson", null, "FileNotFound")]
    [InlineData("kapot.geojson", "{\"type\":", "UnreadableFile")]
    [InlineData(
        "buitenland.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[52.1,5.3]}}]}",
        "OutsideNetherlands"
    )]
    [InlineData(
        "verkeerd-crs.geojson",
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:2154\"}},\"features\":[]}",
        "UnknownCrs"
    )]
    public async Task Import_BadFile_ExitTwoAndNothingChanged(string name, string? content, string kind)
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf(name);
        if (content is not null)
        {
            await File.WriteAllTextAsync(path, content);
        }

        var (exitCode, text) = await CliRun.RunAsync("import", path, "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains(kind, text, StringComparison.Ordinal);
        Assert.Contains("Import afgewezen", text, StringComparison.Ordinal);
        await AssertNoLayersAsync(folder);
    }

    [Fact]
    public async Task Import_ZipSlip_ExitTwoAndNothingWrittenOutsideTheFolder()
    {
        using var folder = new TempWorkspace();
        var zip = folder.PathOf("slip.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("../../../slip-evil.shp").Open();
            entry.Write([1, 2, 3]);
        }

        var (exitCode, text) = await CliRun.RunAsync("import", zip, "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("buiten de uitpakmap", text, StringComparison.Ordinal);
        await AssertNoLayersAsync(folder);
    }

    [Fact]
    public async Task Import_ZipBomb_ExitTwoAsTooLarge()
    {
        using var folder = new TempWorkspace();
        var zip = folder.PathOf("bom.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("bom.shp", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 2100; i++)
            {
                entry.Write(zeros);
            }
        }

        var (exitCode, text) = await CliRun.RunAsync("import", zip, "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("TooLarge", text, StringComparison.Ordinal);
        Assert.True(new FileInfo(zip).Length < 20 * 1024 * 1024);
        await AssertNoLayersAsync(folder);
    }

    [Fact]
    public async Task Import_BadCrsOption_ExitTwo()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync(
            "import",
            folder.PathOf("x.geojson"),
            "--crs",
            "RD",
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("EPSG", text, StringComparison.Ordinal);
    }

    private static async Task AssertNoLayersAsync(TempWorkspace folder)
    {
        var (code, list) = await CliRun.RunAsync("layers", "--db", folder.Db);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("nog geen lagen", list, StringComparison.Ordinal);
    }
}
