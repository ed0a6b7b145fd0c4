using GeoOpgave.Application;
using GeoOpgave.Application.Audit;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>Every change made through the CLI lands in the audit log under "cli:&lt;OS user&gt;".</summary>
[Collection(UsersStdinCollection.Name)]
public class CliAuditTests
{
    private static readonly string Actor = $"cli:{Environment.UserName}";

    [Fact]
    public async Task Import_Layer_AuditedAsLayerImportedByTheCliUser()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n");

        var (exitCode, _) = await CliRun.RunAsync("import", path, "--name", "punten", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var entry = Assert.Single(await AuditAsync(folder), e => e.Action == AuditActions.LayerImported);
        Assert.Equal(("punten", Actor), (entry.Target, entry.User));
        Assert.Contains("punten.csv", entry.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_IntactThenARowChangedPastTheTriggers_ExitThreeNamingTheRow()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("punten.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n");
        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("import", path, "--name", "punten", "--db", folder.Db)).ExitCode
        );
        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("layers", "delete", "punten", "--db", folder.Db)).ExitCode
        );

        var (intactCode, intact) = await CliRun.RunAsync("audit", "verify", "--db", folder.Db);
        var first = (await AuditAsync(folder)).Min(e => e.Id);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(folder.Db))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"DROP TRIGGER audit_log_no_update; UPDATE audit_log SET \"user\" = 'iemand anders' WHERE id = {first};";
            await command.ExecuteNonQueryAsync();
        }

        var (tamperedCode, tampered) = await CliRun.RunAsync("audit", "verify", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, intactCode);
        Assert.Contains("intact: 2 regels", intact, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Tampered, tamperedCode);
        Assert.Contains($"regel {first}:", tampered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Rejected_NothingAudited()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("leeg.csv");
        await File.WriteAllTextAsync(path, "x;y\nniets;hier\n");

        var (exitCode, _) = await CliRun.RunAsync("import", path, "--db", folder.Db);

        Assert.Equal(ExitCodes.InputRejected, exitCode);
        Assert.DoesNotContain(await AuditAsync(folder), e => e.Action == AuditActions.LayerImported);
    }

    [Fact]
    public async Task ImportAsAreas_DemoWijkBuurtKaart_AuditedAsAreasImported()
    {
        using var folder = new TempWorkspace();
        var kaart = Path.Combine(AppContext.BaseDirectory, "data", "demo", "wijkenbuurten_demodam_2024.gpkg");

        var (exitCode, _) = await CliRun.RunAsync("import", kaart, "--as-areas", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var entry = Assert.Single(await AuditAsync(folder), e => e.Action == AuditActions.AreasImported);
        Assert.Equal(("wijkenbuurten_demodam_2024.gpkg", Actor), (entry.Target, entry.User));
    }

    [Fact]
    public async Task Demo_Loaded_AuditedAsAreasImportedOnce()
    {
        using var folder = new TempWorkspace();

        var (exitCode, _) = await CliRun.RunAsync("demo", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var entry = Assert.Single(await AuditAsync(folder), e => e.Action == AuditActions.AreasImported);
        Assert.Equal(("wijkenbuurten_demodam_2024.gpkg", Actor), (entry.Target, entry.User));
        Assert.Contains("demogemeente Demodam", entry.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadCbs_Imported_AuditedAsAreasImportedWithTheSource()
    {
        using var folder = new TempWorkspace();
        using var pdok = new PdokStubServer();

        var (exitCode, _) = await CliRun.RunAsync(
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

        Assert.Equal(ExitCodes.Success, exitCode);
        var entry = Assert.Single(await AuditAsync(folder), e => e.Action == AuditActions.AreasImported);
        Assert.Equal(("cbs GM0308 2024", Actor), (entry.Target, entry.User));
        Assert.Contains(pdok.BaseUrl.TrimEnd('/'), entry.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayersDelete_ExistingLayer_AuditedAsLayerDeletedByTheCliUser()
    {
        using var folder = new TempWorkspace();
        var path = folder.PathOf("p.csv");
        await File.WriteAllTextAsync(path, "x;y\n155000;463000\n");
        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("import", path, "--name", "weg", "--db", folder.Db)).ExitCode
        );

        var (exitCode, _) = await CliRun.RunAsync("layers", "delete", "weg", "--db", folder.Db);

        Assert.Equal(ExitCodes.Success, exitCode);
        var entry = Assert.Single(await AuditAsync(folder), e => e.Action == AuditActions.LayerDeleted);
        Assert.Equal(("weg", Actor), (entry.Target, entry.User));
    }

    [Fact]
    public async Task Users_AddRolesRemove_EachAuditedByTheCliUser()
    {
        using var folder = new TempWorkspace();
        var original = Console.In;
        Console.SetIn(new StringReader("Geheim-wachtwoord-2026" + Environment.NewLine));
        try
        {
            Assert.Equal(
                ExitCodes.Success,
                (
                    await CliRun.RunAsync(
                        "users",
                        "add",
                        "fleur",
                        "--role",
                        "analist",
                        "--password-stdin",
                        "--db",
                        folder.Db
                    )
                ).ExitCode
            );
        }
        finally
        {
            Console.SetIn(original);
        }

        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("users", "roles", "fleur", "--role", "planner", "--db", folder.Db)).ExitCode
        );
        Assert.Equal(
            ExitCodes.Success,
            (await CliRun.RunAsync("users", "remove", "fleur", "--db", folder.Db)).ExitCode
        );

        var entries = (await AuditAsync(folder)).Where(e => e.Target == "fleur").OrderBy(e => e.Id).ToList();
        Assert.Equal(
            [AuditActions.UserAdded, AuditActions.UserRolesChanged, AuditActions.UserRemoved],
            entries.Select(e => e.Action)
        );
        Assert.All(entries, e => Assert.Equal(Actor, e.User));
        Assert.Contains("planner", entries[1].DetailsJson, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(TempWorkspace folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("ConnectionStrings:GeoOpgave", folder.Db)])
            .Build();
        await using var services = new ServiceCollection()
            .AddGeoOpgaveApplication(configuration)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(1000, CancellationToken.None);
    }
}
