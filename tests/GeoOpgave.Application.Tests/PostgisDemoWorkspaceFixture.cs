using GeoOpgave.Application.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeoOpgave.Application.Tests;

/// <summary>
/// The demo loaded into a database of its own on the PostGIS server of GEOOPGAVE_TEST_PG (set by
/// tools/test.sh), dropped afterwards. A missing variable fails the tests: they must run in CI.
/// </summary>
public sealed class PostgisDemoWorkspaceFixture : IAsyncLifetime
{
    private readonly string _database = $"geoopgave_app_{Guid.NewGuid():N}";
    private string _server = string.Empty;

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "GEOOPGAVE_TEST_PG is not set: run tools/test.sh, which starts PostGIS and sets it."
            );
        await ExecuteAsync($"CREATE DATABASE {_database}");
        var connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:GeoOpgave", connectionString)])
            .Build();
        Services = new ServiceCollection().AddGeoOpgaveApplication(configuration).BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
