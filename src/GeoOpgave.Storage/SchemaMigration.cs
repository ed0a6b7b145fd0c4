using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage;

/// <summary>
/// Migrates the workspace once per process: the first <see cref="WorkspaceStore.MigrateAsync"/> (the host's start-up
/// or <c>geoopgave migrate</c>) brings the schema up to date, every later call returns at once. So a request never
/// takes EF Core's migration lock, and a read never becomes a write that competes with an import.
/// </summary>
public sealed class SchemaMigration
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    public async Task EnsureAsync(GeoOpgaveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await db.Database.MigrateAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
