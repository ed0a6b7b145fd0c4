using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Context;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.TestSupport;

/// <summary>
/// A test class on a fresh, migrated database of one provider per test; contexts handed out by
/// <see cref="NewContext"/> are disposed with it.
/// </summary>
public abstract class MigratedDatabaseTest : IAsyncLifetime
{
    private readonly List<GeoOpgaveDbContext> _contexts = [];
    private ITestDatabase? _database;

    protected GeoOpgaveDbContextFactory Factory { get; private set; } = null!;

    protected StorageOptions Options =>
        (_database ?? throw new InvalidOperationException("InitializeAsync has not run.")).Options;

    public async Task InitializeAsync()
    {
        _database = NewDatabase();
        await _database.CreateAsync();
        Factory = new GeoOpgaveDbContextFactory(_database.Options);
        await using var context = Factory.CreateDbContext();
        await context.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected abstract ITestDatabase NewDatabase();

    /// <summary>A context of its own, as another request or process would have.</summary>
    protected GeoOpgaveDbContext NewContext()
    {
        var context = Factory.CreateDbContext();
        _contexts.Add(context);
        return context;
    }
}
