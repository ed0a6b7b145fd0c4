using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.CreateAsync();

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Migrations_PendingModelChanges_None()
    {
        await using var context = new GeoOpgaveDbContextFactory(_database.Options).CreateDbContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The model changed without a migration: run dotnet ef migrations add."
        );
    }
}
