using GeoOpgave.Storage.Configuration;
using Npgsql;

namespace GeoOpgave.Storage.Tests.TestSupport;

/// <summary>
/// A database of its own on the PostGIS server that GEOOPGAVE_TEST_PG points at, dropped afterwards, so
/// that tests and parallel runs never see each other's rows.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string EnvironmentVariable = "GEOOPGAVE_TEST_PG";

    private readonly string _name = $"geoopgave_t_{Guid.NewGuid():N}";
    private string? _adminConnectionString;

    public StorageOptions Options => new(StorageProvider.PostgreSql, ConnectionString);

    private string ConnectionString =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _name }.ConnectionString;

    private string AdminConnectionString => _adminConnectionString
        ?? throw new InvalidOperationException("CreateAsync has not run.");

    /// <summary>The server to test against; a missing variable fails the test rather than skipping it.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set, so the PostGIS tests cannot run. Run tools/test.sh (it starts a "
                    + "private PostGIS server and sets it), or `source tools/postgis.sh` before `dotnet test`, or set it to an "
                    + "Npgsql connection string of a PostGIS server where the user may create databases."
            )
            : value;
    }

    public async Task CreateAsync()
    {
        _adminConnectionString = ServerConnectionString();
        await ExecuteAdminAsync($"CREATE DATABASE {_name}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
