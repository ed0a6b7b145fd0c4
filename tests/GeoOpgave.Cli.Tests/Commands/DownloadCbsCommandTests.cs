using System.Text.Json;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class DownloadCbsCommandTests
{
    [Fact]
    public async Task DownloadCbs_PagedStub_ImportsTheGemeentesAreas()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer();

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--year",
            "2024",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.BaseUrl,
            "--db",
            folder.Db
        );
        var analyse = await CliRun.RunAsync(
            "analyse",
            "--db",
            folder.Db,
            "--year",
            "2024",
            "--out",
            folder.PathOf("uit.geojson")
        );

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 gemeente, 2 wijken, 5 buurten", text, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "GM0307",
            await File.ReadAllTextAsync(folder.PathOf("uit.geojson")),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "BU03080102",
            await File.ReadAllTextAsync(folder.PathOf("uit.geojson")),
            StringComparison.Ordinal
        );
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        Assert.Contains(pdok.Requests, r =>
            r.Contains("/collections/buurten/items", StringComparison.Ordinal)
            && r.Contains("cursor=4", StringComparison.Ordinal)
        );
        Assert.All(pdok.Requests, r => Assert.Contains("f=json", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadCbs_PageFailsMidway_ExitOneWithMessageAndDemoUntouched()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(failAt: ("buurten", 2));
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--year",
            "2024",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.BaseUrl,
            "--db",
            folder.Db
        );
        var analyse = await CliRun.RunAsync("analyse", "--db", folder.Db, "--out", folder.PathOf("uit.geojson"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Download mislukt", text, StringComparison.Ordinal);
        Assert.Contains("pagina 2 van 'buurten' gaf HTTP 503", text, StringComparison.Ordinal);
        Assert.Contains("niets geïmporteerd", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        var areas = await File.ReadAllTextAsync(folder.PathOf("uit.geojson"));
        Assert.Contains("BU9999", areas, StringComparison.Ordinal);
        Assert.DoesNotContain("BU0308", areas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_Years_NewestBoundariesWithEarlierValuesConvertedWhereTheCodeChanged()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(years: [2022, 2023, 2024]);

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--years",
            "2022-2024",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.SourceTemplate,
            "--db",
            folder.Db
        );
        var analyse = await CliRun.RunAsync(
            "analyse",
            "--db",
            folder.Db,
            "--year",
            "2024",
            "--out",
            folder.PathOf("uit.geojson")
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.Contains("(2022, 2023, 2024)", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        var buurten = Buurten(await File.ReadAllTextAsync(folder.PathOf("uit.geojson")));
        Assert.Equal(5, buurten.Count);
        Assert.Equal((412.0, 2024, null), Woz(buurten["BU03080000"]));
        // 2024 is still -99995 here: the newest known value, of 2023, takes its place.
        Assert.Equal((402.0, 2023, null), Woz(buurten["BU03080001"]));
        // Buitengebied was BU03080109 until 2024: its 2023 value is converted to today's code.
        Assert.Equal((402.0, 2023, 2023), Woz(buurten["BU03080102"]));
        // Drakenburg kept its code, but CBS marks its boundary as changed in 2024: its 2023 value is converted too.
        Assert.Equal((402.0, 2023, 2023), Woz(buurten["BU03080101"]));
        Assert.False(buurten["BU03080101"].TryGetProperty("indelingswijziging_wijken_en_buurten", out _));
    }

    [Fact]
    public async Task DownloadCbs_NoYears_TakesTheNewestDatasetAndTheYearsBeforeItThatExist()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(years: [2023, 2024]);

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.SourceTemplate,
            "--db",
            folder.Db
        );

        Assert.True(exitCode == ExitCodes.Success, text);
        Assert.Contains("(2023, 2024)", text, StringComparison.Ordinal);
        Assert.Contains("buurtindeling is die van 2024", text, StringComparison.Ordinal);
        Assert.Contains("Overgeslagen", text, StringComparison.Ordinal);
        Assert.Contains("2022", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_EarlierYearFailsMidway_ExitOneAndNoYearLands()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(failAt: ("buurten", 2), years: [2022, 2023, 2024], failYear: 2022);
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--years",
            "2022-2024",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.SourceTemplate,
            "--db",
            folder.Db
        );
        var analyse = await CliRun.RunAsync("analyse", "--db", folder.Db, "--out", folder.PathOf("uit.geojson"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("HTTP 503", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        Assert.DoesNotContain(
            "BU0308",
            await File.ReadAllTextAsync(folder.PathOf("uit.geojson")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task DownloadCbs_YearAbsentFromTheServer_ExitTwoNamingTheYear()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(years: [2024]);

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--years",
            "2023-2024",
            "--gemeente",
            "GM0308",
            "--source",
            pdok.SourceTemplate,
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("geen wijken en buurten van 2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_UnknownGemeente_ExitTwoNothingChanged()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer();

        var (exitCode, text) = await CliRun.RunAsync(
            "download",
            "cbs",
            "--year",
            "2024",
            "--gemeente",
            "GM9998",
            "--source",
            pdok.BaseUrl,
            "--db",
            folder.Db
        );

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("geen gebieden voor GM9998", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-2022")]
    [InlineData("twee jaar")]
    [InlineData("2010-2024")]
    public async Task DownloadCbs_BadYears_IsAUsageError(string years)
    {
        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--years", years, "--gemeente", "GM0308");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--years", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_MalformedGemeenteCode_IsAUsageError()
    {
        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--year", "2024", "--gemeente", "Baarn");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--gemeente", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> Buurten(string geoJson) =>
        JsonDocument.Parse(geoJson).RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").Clone())
            .ToDictionary(p => p.GetProperty("buurtcode").GetString()!, StringComparer.Ordinal);

    private static (double Value, int Year, int? ConvertedFrom) Woz(JsonElement buurt)
    {
        var from = buurt.GetProperty("gemiddelde_woningwaarde_omgerekend_van");
        return (
            buurt.GetProperty("gemiddelde_woningwaarde").GetDouble(),
            buurt.GetProperty("gemiddelde_woningwaarde_jaar").GetInt32(),
            from.ValueKind == JsonValueKind.Null ? null : from.GetInt32());
    }
}
