using GeoOpgave.Cli.Infrastructure;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Cli.Tests.Commands;

public class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_LockLeftByAKilledProcess_ClearedWithAWarningInsteadOfWaitingForever()
    {
        // The row EF Core's SQLite migration lock leaves when its process is killed mid-migration (seen with kill -9).
        using var folder = new TempWorkspace();
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("migrate", "--db", folder.Db)).ExitCode);
        await using (var connection = new SqliteConnection(folder.Db))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText =
                "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-06 03:14:15.9265358+00:00')";
            await command.ExecuteNonQueryAsync();
        }

        var (exitCode, text) = await CliRun.RunAsync("migrate", "--db", folder.Db).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("achtergebleven migratieslot van 2026-12-06 03:14:15", text, StringComparison.Ordinal);
    }
}
