using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class LayersCommandTests
{
    [Fact]
    public async Task LayersDelete_ExistingLayer_ExitZeroAndGoneFromTheList()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("p.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n");
        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("import", path, "--name", "weg", "--db", folder.Db)).ExitCode
        );

        var (exitCode, text) = await CliRun.RunAsync("layers", "delete", "weg", "--db", folder.Db);
        var (_, list) = await CliRun.RunAsync("layers", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Laag verwijderd: weg", text, StringComparison.Ordinal);
        Assert.Contains("nog geen lagen", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layers_NarrowTerminal_ShowsWholeLayerNames()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("CBS_Statistiek_ermelo_harderwijk_zeewolde_rd.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n");
        await CliRun.RunAsync("import", path, "--name", "CBS_Statistiek_ermelo_rd", "--db", folder.Db);

        var (exitCode, text) = await CliRun.RunAsync(80, "layers", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("CBS_Statistiek_ermelo_rd", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayersDelete_UnknownLayer_ExitTwo()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("layers", "delete", "bestaat-niet", "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("bestaat-niet", text, StringComparison.Ordinal);
    }
}
