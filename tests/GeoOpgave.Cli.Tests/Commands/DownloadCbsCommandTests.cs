using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class DownloadCbsCommandTests
{
    [Fact]
    public async Task DownloadCbs_PagedStub_ImportsTheGemeentesAreas()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer();

        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--year", "2024", "--gemeente", "GM0308", "--source", pdok.BaseUrl, "--db", folder.Db);
        var analyse = await CliRun.RunAsync("analyse", "--db", folder.Db, "--year", "2024", "--out", folder.PathOf("uit.geojson"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 gemeente, 2 wijken, 5 buurten", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0307", await File.ReadAllTextAsync(folder.PathOf("uit.geojson")), StringComparison.Ordinal);
        Assert.Contains("BU03080102", await File.ReadAllTextAsync(folder.PathOf("uit.geojson")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyse.ExitCode);
        Assert.Contains(pdok.Requests, r => r.Contains("/collections/buurten/items", StringComparison.Ordinal) && r.Contains("cursor=4", StringComparison.Ordinal));
        Assert.All(pdok.Requests, r => Assert.Contains("f=json", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadCbs_PageFailsMidway_ExitOneWithMessageAndDemoUntouched()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer(failAt: ("buurten", 2));
        await CliRun.RunAsync("demo", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--year", "2024", "--gemeente", "GM0308", "--source", pdok.BaseUrl, "--db", folder.Db);
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
    public async Task DownloadCbs_UnknownGemeente_ExitTwoNothingChanged()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer();

        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--year", "2024", "--gemeente", "GM9998", "--source", pdok.BaseUrl, "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("geen gebieden voor GM9998", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_MalformedGemeenteCode_IsAUsageError()
    {
        var (exitCode, text) = await CliRun.RunAsync("download", "cbs", "--year", "2024", "--gemeente", "Baarn");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--gemeente", text, StringComparison.Ordinal);
    }
}
