using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GeoOpgave.Storage.Tests.Postgres;

/// <summary>What the PostgreSQL migration leaves in the database, as PostGIS itself reports it.</summary>
public sealed class PostgresSchemaTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();

    public Task InitializeAsync() => _database.CreateAsync();

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_GeometryColumnIsRdNewWithGistIndex()
    {
        await using (var context = new GeoOpgaveDbContextFactory(_database.Options).CreateDbContext())
        {
            await new WorkspaceStore(context).MigrateAsync(default);
        }

        var column = await QueryAsync(
            "SELECT type || ',' || srid FROM geometry_columns WHERE f_table_name = 'areas' AND f_geometry_column = 'geometry'"
        );
        var index = await QueryAsync(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'areas' AND indexname = 'IX_areas_geometry'");

        Assert.Equal("GEOMETRY,28992", column);
        Assert.Contains("USING gist (geometry)", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_PendingModelChanges_None()
    {
        await using var context = new GeoOpgaveDbContextFactory(_database.Options).CreateDbContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The model changed without a migration: run dotnet ef migrations add."
        );
    }

    private async Task<string?> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
