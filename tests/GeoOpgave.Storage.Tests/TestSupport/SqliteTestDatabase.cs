using GeoOpgave.Storage.Configuration;
using Microsoft.Data.Sqlite;

namespace GeoOpgave.Storage.Tests.TestSupport;

/// <summary>A SQLite file of its own under the temp folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _path = Path.Combine(
        Path.GetTempPath(), "geoopgave-tests", $"{Guid.NewGuid():N}", "workspace.db");

    // No pooling, so that no connection holds the file when it is deleted.
    public StorageOptions Options => new(
        StorageProvider.Sqlite,
        new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ConnectionString);

    public Task CreateAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        var folder = Path.GetDirectoryName(_path)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
