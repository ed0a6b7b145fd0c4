using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeoOpgave.Cli.Infrastructure;

namespace GeoOpgave.Cli.Tests.Commands;

/// <summary>
/// A real <c>geoopgave</c> process killed with SIGKILL in the middle of writing an import: the workspace keeps what it
/// had, and the next command (and the next import) works, as after a power cut or an OOM kill.
/// </summary>
public sealed class ImportKilledTests : IDisposable
{
    private readonly TempWorkspace _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_KilledWhileWriting_NextStartWorksAndNothingLanded()
    {
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("migrate", "--db", _folder.Db)).ExitCode);
        var big = WritePoints(_folder.PathOf("adressen.csv"), 1_500_000);
        var database = new FileInfo(_folder.PathOf("werkruimte.db"));
        var sizeBefore = database.Length;

        using var import = CliProcess.Start("import", big, "--db", _folder.Db);
        import.OutputDataReceived += (_, _) => { };
        import.ErrorDataReceived += (_, _) => { };
        import.BeginOutputReadLine();
        import.BeginErrorReadLine();
        var killedWhileWriting = await KillWhenWritingAsync(import, database, sizeBefore);

        var (layersCode, layers) = await CliRun.RunAsync("layers", "--db", _folder.Db);
        var small = WritePoints(_folder.PathOf("klein.csv"), 10);
        var (importCode, importText) = await CliRun.RunAsync("import", small, "--db", _folder.Db);
        var (verifyCode, _) = await CliRun.RunAsync("audit", "verify", "--db", _folder.Db);
        Assert.True(killedWhileWriting, "the import ended before it was seen writing; make the file larger");
        Assert.Equal(ExitCodes.Success, layersCode);
        Assert.DoesNotContain("adressen", layers, StringComparison.Ordinal);
        Assert.True(importCode == ExitCodes.Success, importText);
        Assert.Equal(ExitCodes.Success, verifyCode);
    }

    // Killed once the rollback journal exists and the database file has grown: the write transaction is under way.
    private static async Task<bool> KillWhenWritingAsync(Process process, FileInfo database, long sizeBefore)
    {
        var journal = new FileInfo(database.FullName + "-journal");
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            journal.Refresh();
            database.Refresh();
            if (journal.Exists && database.Length > sizeBefore + (4 << 20))
            {
                process.Kill();
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static string WritePoints(string path, int count)
    {
        var text = new StringBuilder("x,y,waarde\n", count * 24);
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{150_000 + (i % 5000)}.5,{460_000 + (i / 5000)}.25,{i % 97}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
