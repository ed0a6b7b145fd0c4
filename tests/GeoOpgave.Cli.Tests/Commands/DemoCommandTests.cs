using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_FreshWorkspace_ReportsWhatLoaded()
    {
        using var workspace = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("demo", "--db", workspace.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 gemeente", text, StringComparison.Ordinal);
        Assert.Contains("buurten", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Twice_ReplacesInsteadOfDuplicating()
    {
        using var workspace = new TempWorkspace();

        await CliRun.RunAsync("demo", "--db", workspace.Db);
        await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", workspace.PathOf("first.geojson"));
        var second = await CliRun.RunAsync("demo", "--db", workspace.Db);
        await CliRun.RunAsync("analyse", "--db", workspace.Db, "--out", workspace.PathOf("second.geojson"));

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(
            await File.ReadAllTextAsync(workspace.PathOf("first.geojson")),
            await File.ReadAllTextAsync(workspace.PathOf("second.geojson")));
    }

    [Fact]
    public async Task Demo_UnreachablePostgres_FailsWithExitOne()
    {
        var (exitCode, text) = await CliRun.RunAsync(
            "demo",
            "--db",
            "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2"
        );

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("Fout", text, StringComparison.Ordinal);
    }
}
