using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class IndicatorsCommandTests
{

    [Fact]
    public async Task IndicatorsCompute_DemoLayersStored_StoresTheDefinedIndicatorsAndListShowsTheirProvenance()
    {
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("demo", "--db", folder.Db)).ExitCode);

        var (exitCode, text) = await CliRun.RunAsync("indicators", "compute", "--db", folder.Db);
        var (listExit, list) = await CliRun.RunAsync("indicators", "list", "--db", folder.Db);

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.Contains(
            "aandeel_energielabel_efg 2024: 48 van 48 buurten bekend",
            text.Replace("\n", " ", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "aandeel_wateroverlast_klasse_3_plus 2024: 48 van 48 buurten bekend",
            text.Replace("\n", " ", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Overgeslagen", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, listExit);
        Assert.Contains("aandeel_energielabel_efg", list, StringComparison.Ordinal);
        Assert.Contains("energielabels_demodam", list, StringComparison.Ordinal);
        Assert.Contains("dotnet", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsBind_RasterWithMask_ComputesWithinTheMaskAndBadMaskExitsTwo()
    {
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("demo", "--db", folder.Db)).ExitCode);

        var (bindExit, bound) = await CliRun.RunAsync(
            "indicators",
            "bind",
            "--layer",
            "hittestress_gevoelstemperatuur_demodam",
            "--mask",
            "wateroverlast_zones_demodam",
            "--db",
            folder.Db,
            "aandeel_gevoelstemperatuur_35_plus"
        );
        var (badExit, bad) = await CliRun.RunAsync(
            "indicators",
            "bind",
            "--layer",
            "hittestress_gevoelstemperatuur_demodam",
            "--mask",
            "warmtenet_demodam",
            "--db",
            folder.Db,
            "aandeel_gevoelstemperatuur_35_plus"
        );
        var (computeExit, computed) = await CliRun.RunAsync("indicators", "compute", "--db", folder.Db);

        Assert.True(bindExit == ExitCodes.Success, bound);
        Assert.Contains("binnen masker wateroverlast_zones_demodam", bound, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputRejected, badExit);
        Assert.Contains("vlakkenlaag", bad, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, computeExit);
        // Buurten the mask does not touch have no value: fewer than all 48 are known.
        Assert.Matches(
            @"aandeel_gevoelstemperatuur_35_plus 2024: ([1-9]|[1-3]\d|4[0-7]) van 48 buurten bekend",
            computed.Replace("\n", " ", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task IndicatorsBind_IdOutsideTheCatalogue_ExitTwoWithTheCloseIdAndNoBinding()
    {
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("demo", "--db", folder.Db)).ExitCode);
        var (_, before) = await CliRun.RunAsync("indicators", "list", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync(
            "indicators",
            "bind",
            "--layer",
            "hittestress_gevoelstemperatuur_demodam",
            "--db",
            folder.Db,
            "aandeel_gevoelstemperatuur_35plus"
        );
        var (_, after) = await CliRun.RunAsync("indicators", "list", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        var flat = text.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("'aandeel_gevoelstemperatuur_35plus' staat niet in de", flat, StringComparison.Ordinal);
        Assert.Contains("bedoelde u 'aandeel_gevoelstemperatuur_35_plus'?", flat, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task IndicatorsCompute_PostgisEngineOnSqlite_ExitTwo()
    {
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("demo", "--db", folder.Db)).ExitCode);

        var (exitCode, text) = await CliRun.RunAsync("indicators", "compute", "--engine", "postgis", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("PostgreSQL", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsList_NothingComputed_SaysHowToStart()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("indicators", "list", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("indicators compute", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsList_ValuesFromKaartAndTableOnly_SaysWhereTheValuesComeFrom()
    {
        using var folder = new TempWorkspace();
        var kaart = folder.PathOf("wijkenbuurten_2023.gpkg");
        ImportAreasCommandTests.CbsGpkg.Build(kaart);
        var table = folder.PathOf("cijfers.csv");
        await File.WriteAllTextAsync(table, "buurtcode;bijstand\nBU03630000;12\nBU03630001;7\n");
        await CliRun.RunAsync("import", kaart, "--as-areas", "--db", folder.Db);
        var imported = await CliRun.RunAsync(
            "import", table, "--code-column", "buurtcode", "--year", "2023", "--db", folder.Db);
        Assert.Equal(ExitCodes.Success, imported.ExitCode);

        var (exitCode, text) = await CliRun.RunAsync("indicators", "list", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var flat = text.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("alleen indicatoren die uit een laag berekend zijn", flat, StringComparison.Ordinal);
        Assert.Contains("de wijk- en buurtkaart", flat, StringComparison.Ordinal);
        Assert.Contains("de laag 'cijfers'", flat, StringComparison.Ordinal);
        Assert.Contains("geoopgave status", flat, StringComparison.Ordinal);
    }
}
