using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

public class ImportGateCommandTests
{
    private const string RdGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:28992"}},"features":[
         {"type":"Feature","properties":{"naam":"A"},"geometry":{"type":"Point","coordinates":[155000,463000]}}]}
        """;

    [Fact]
    public async Task Import_WhileAnotherProcessImports_Exit2WithAClearMessageAndNothingImported()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("punten.geojson");
        await File.WriteAllTextAsync(path, RdGeoJson);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("migrate", "--db", folder.Db)).ExitCode);

        int exitCode;
        string text;
        // What the other process's ImportGate holds while it imports.
        await using (
            new FileStream(
                folder.PathOf("werkruimte.db.import-lock"),
                FileMode.OpenOrCreate,
                FileAccess.ReadWrite,
                FileShare.None
            )
        )
        {
            (exitCode, text) = await CliRun.RunAsync("import", path, "--db", folder.Db);
        }

        var (_, layers) = await CliRun.RunAsync("layers", "--db", folder.Db);
        var (afterCode, _) = await CliRun.RunAsync("import", path, "--db", folder.Db);
        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.Contains("Er loopt al een import in deze werkruimte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("punten", layers, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, afterCode);
    }

    [Fact]
    public async Task Migrate_NewWorkspace_CreatesTheSchema()
    {
        using var folder = new TempWorkspace();

        var (exitCode, text) = await CliRun.RunAsync("migrate", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("De database is bijgewerkt", text, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.PathOf("werkruimte.db")));
    }
}
