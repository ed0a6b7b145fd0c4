using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Workspace;

/// <summary>
/// The workspace version: one counter in the database that every write changing what the app publishes
/// (areas, indicator values, layers, selecties, stored profiles) moves up inside its own transaction. Caches
/// key on it, so a write by any process (the CLI while the web app runs) makes them miss, and a rolled-back
/// write leaves it as it was.
/// </summary>
public static class WorkspaceVersion
{
    /// <summary>The key of the one row of workspace_state.</summary>
    public const int RowId = 1;

    /// <summary>
    /// Adds one to the version inside the transaction that <paramref name="db"/> has open, so it commits or
    /// rolls back with the write. Call it once per write, anywhere between BeginTransaction and Commit.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open (a bug in the caller).</exception>
    public static async Task BumpAsync(GeoOpgaveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("WorkspaceVersion.BumpAsync must run inside the write's transaction.");
        }

        await db.WorkspaceState
            .Where(s => s.Id == RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
    }

    /// <summary>
    /// The committed version: one primary-key read. Read it before the data it keys, never after, so that a
    /// cache entry is never filed under a newer version than its data.
    /// </summary>
    public static async Task<long> ReadAsync(GeoOpgaveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.WorkspaceState.AsNoTracking()
            .Where(s => s.Id == RowId)
            .Select(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
