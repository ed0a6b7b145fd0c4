using GeoOpgave.Storage.Configuration;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Application.Import;

/// <summary>
/// One import at a time per workspace; a second is refused at once (<see cref="BusyCode"/>), never queued behind a
/// long import. Within a process a semaphore; on SQLite also an exclusive lock file next to the database, so the CLI
/// and the web host exclude each other too. The operating system drops that lock when a process dies (kill -9),
/// so a crash never leaves the workspace locked.
/// </summary>
public sealed class ImportGate(StorageOptions storage)
{
    public const string BusyCode = "import-bezig";

    private readonly SemaphoreSlim _slot = new(1, 1);

    /// <summary>The slot, to dispose when the import is done.</summary>
    /// <exception cref="GeoOpgaveException">Another import of this workspace is running
    /// (<see cref="BusyCode"/>).</exception>
    public IDisposable Enter()
    {
        if (!_slot.Wait(0))
        {
            throw Busy();
        }

        try
        {
            return new Slot(_slot, LockFile());
        }
        catch (IOException)
        {
            _slot.Release();
            throw Busy();
        }
    }

    private FileStream? LockFile()
    {
        if (storage.Provider != StorageProvider.Sqlite)
        {
            return null;
        }

        var database = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
        return string.IsNullOrEmpty(database) || database.StartsWith(':')
            ? null
            : new FileStream(
                Path.GetFullPath(database) + ".import-lock",
                FileMode.OpenOrCreate,
                FileAccess.ReadWrite,
                FileShare.None
            );
    }

    private static GeoOpgaveException Busy() => new(
        BusyCode, "Er loopt al een import in deze werkruimte. Wacht tot die klaar is en probeer het dan opnieuw.");

    private sealed class Slot(SemaphoreSlim slot, FileStream? lockFile) : IDisposable
    {
        public void Dispose()
        {
            lockFile?.Dispose();
            slot.Release();
        }
    }
}
