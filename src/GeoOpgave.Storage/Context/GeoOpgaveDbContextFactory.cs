using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Postgres;
using GeoOpgave.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Context;

/// <summary>
/// Creates contexts of the configured provider. Thread-safe; suits Blazor components and background work,
/// which should not share one scoped context.
/// </summary>
public sealed class GeoOpgaveDbContextFactory : IDbContextFactory<GeoOpgaveDbContext>
{
    private readonly Func<GeoOpgaveDbContext> _create;

    public GeoOpgaveDbContextFactory(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _create = options.Provider switch
        {
            StorageProvider.Sqlite => SqliteCreator(options.ConnectionString),
            StorageProvider.PostgreSql => PostgresCreator(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    public GeoOpgaveDbContext CreateDbContext() => _create();

    private static Func<GeoOpgaveDbContext> SqliteCreator(string connectionString)
    {
        EnsureSqliteFolder(connectionString);
        var options = SqliteGeoOpgaveDbContext.BuildOptions(connectionString);
        return () => new SqliteGeoOpgaveDbContext(options);
    }

    private static Func<GeoOpgaveDbContext> PostgresCreator(string connectionString)
    {
        var options = PostgresGeoOpgaveDbContext.BuildOptions(connectionString);
        return () => new PostgresGeoOpgaveDbContext(options);
    }

    // SQLite creates a missing file but not a missing folder, and "unable to open database file" says neither.
    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource.Length == 0
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
