using System.Diagnostics;
using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class AnalyseCommandTests
{
    [Fact]
    public async Task Analyse_AfterDemo_WritesEveryBuurtWithOverlap()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("overlap.geojson");

        var demo = await CliRun.RunAsync("demo", "--db", workspace.Db);
        var analyse = await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", output);

        Assert.Equal(ExitCodes.Success, demo.ExitCode);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.InRange(features.Length, 40, 60);
        Assert.All(features, f =>
        {
            var properties = f.GetProperty("properties");
            Assert.StartsWith("BU9999", properties.GetProperty("buurtcode").GetString(), StringComparison.Ordinal);
            Assert.InRange(properties.GetProperty("overlap").GetInt32(), 0, 4);
        });
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("overlap").GetInt32() >= 2);
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("overlap").GetInt32() == 0);
    }

    [Fact]
    public async Task Analyse_Diagnose_PrintsRatesPairsAndWarningsWithoutWritingAFile()
    {
        using var workspace = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", workspace.Db);

        var (exitCode, text) = await CliRun.RunAsync("analyse", "--db", workspace.Db, "--diagnose");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Diagnose van profiel 'standaard'", text, StringComparison.Ordinal);
        Assert.Contains("Verwacht bij toeval", text, StringComparison.Ordinal);
        Assert.Contains("Wonen + Sociaal", text, StringComparison.Ordinal);
        Assert.Matches(@"Klimaatadaptatie\s+│\s+\d+ %", text);
        Assert.Contains("[indicatoren-hangen-samen]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[indicator-in-meer-opgaven]", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(workspace.Folder, "*.geojson"));
    }

    [Fact]
    public async Task Analyse_DiagnoseWithOut_WritesTheFileAndPrintsTheDiagnose()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("overlap.csv");
        await CliRun.RunAsync("demo", "--db", workspace.Db);

        var (exitCode, text) = await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", output, "--diagnose");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(File.Exists(output));
        Assert.Contains("Waarschuwingen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_DiagnoseUnknownProfiel_RejectedWithExitTwo()
    {
        using var workspace = new TempWorkspace();
        await CliRun.RunAsync("demo", "--db", workspace.Db);

        var (exitCode, text) = await CliRun.RunAsync(
            "analyse",
            "--db",
            workspace.Db,
            "--diagnose",
            "--profiel",
            "bestaat-niet"
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("bestaat-niet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_Output_ReadByOgrinfoWithoutWarnings()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("overlap.geojson");
        await CliRun.RunAsync("demo", "--db", workspace.Db);
        await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", output);

        var (exitCode, text) = await Ogrinfo("-ro", "-al", "-so", output);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Warning", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", text, StringComparison.Ordinal);
        Assert.Matches(@"Geometry: (Multi )?Polygon", text);
        Assert.Contains("Feature Count: ", text, StringComparison.Ordinal);
        Assert.Contains("overlap: Integer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_UnknownProfiel_RejectedWithExitTwoAndNoFile()
    {
        using var workspace = new TempWorkspace();
        var output = workspace.PathOf("x.geojson");

        var (exitCode, text) = await CliRun.RunAsync(
            "analyse",
            "--db",
            workspace.Db,
            "--profiel",
            "bestaat-niet",
            "--out",
            output
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("bestaat-niet", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("analyse")]
    [InlineData("analyse", "--out", "x.shp")]
    [InlineData("analyse", "--diagnose", "--compare", "vaste-drempels")]
    public async Task Analyse_BadOut_RejectedWithExitTwo(params string[] args)
    {
        var (exitCode, text) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("--out", text + string.Join(' ', args), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> Ogrinfo(params string[] args)
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // A missing ogrinfo fails the test: tools/test.sh installs gdal-bin.
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
