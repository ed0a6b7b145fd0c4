using System.Data;
using System.Globalization;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeoOpgave.Storage.Context;

/// <summary>
/// Migrates the workspace once per process: the first <see cref="WorkspaceStore.MigrateAsync"/> (the host's start-up
/// or <c>geoopgave migrate</c>) brings the schema up to date, every later call returns at once. So a request never
/// takes EF Core's migration lock, and a read never becomes a write that competes with an import. On SQLite that lock
/// is a row, which a process killed while migrating leaves behind; every later start would wait on it forever, so a
/// lock older than <see cref="StaleLockAge"/> is cleared first, with a warning.
/// </summary>
public sealed partial class SchemaMigration(ILogger<SchemaMigration>? logger = null)
{
    /// <summary>A migration takes seconds; a lock this old belongs to a process that is gone.</summary>
    public static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>What was cleared before migrating, in Dutch, for a command to print; null when nothing was.</summary>
    public string? ClearedLock { get; private set; }

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
                if (db.Database.IsSqlite() && await ClearStaleSqliteLockAsync(db, cancellationToken) is { } since)
                {
                    ClearedLock = string.Create(
                        CultureInfo.InvariantCulture,
                        $"Een achtergebleven migratieslot van {since:yyyy-MM-dd HH:mm:ss} UTC (van een afgebroken proces) is opgeruimd."
                    );
                    if (logger is not null)
                    {
                        LogStaleLockCleared(logger, since);
                    }
                }

                await db.Database.MigrateAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // Returns the time of the lock it removed, or null when there was none or it is fresh.
    private static async Task<DateTimeOffset?> ClearStaleSqliteLockAsync(
        GeoOpgaveDbContext db,
        CancellationToken cancellationToken
    )
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\"";
            object? value;
            try
            {
                value = await read.ExecuteScalarAsync(cancellationToken);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return null; // No lock table yet: a new workspace.
            }

            if (
                value is not string text
                || !DateTimeOffset.TryParse(
                    text,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var since
                )
                || DateTimeOffset.UtcNow - since < StaleLockAge
            )
            {
                return null;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return since;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Een achtergebleven migratieslot van {Since:u} (van een afgebroken proces) is opgeruimd; de migratie gaat door."
    )]
    private static partial void LogStaleLockCleared(ILogger logger, DateTimeOffset since);
}
