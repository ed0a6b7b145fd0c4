using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeoOpgave.Storage.Configuration;

/// <summary>Tells a PostgreSQL connection string from a SQLite one and normalises both.</summary>
internal static class ConnectionStringClassifier
{
    private static readonly string[] PostgresKeys = ["host", "server", "username", "user id", "userid"];
    private static readonly string[] SqliteKeys = ["data source", "datasource", "filename"];
    private static readonly string[] SqliteExtensions = [".db", ".sqlite", ".sqlite3"];

    public static StorageOptions Classify(string? connectionString, Func<string> defaultSqlitePath)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return SqliteFile(defaultSqlitePath());
        }

        var text = connectionString.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageOptions(StorageProvider.PostgreSql, PostgresUri.ToKeywords(text));
        }

        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return HasSqliteExtension(text)
                ? SqliteFile(text)
                : throw Error("it is neither a key=value connection string nor a path to a .db file");
        }

        var keys = KeysOf(text);
        if (keys.Overlaps(PostgresKeys))
        {
            return new StorageOptions(StorageProvider.PostgreSql, Postgres(text));
        }

        if (keys.Overlaps(SqliteKeys))
        {
            return new StorageOptions(StorageProvider.Sqlite, Sqlite(text));
        }

        throw Error("it names no database: use Host=... for PostgreSQL or Data Source=... for SQLite");
    }

    internal static StorageConfigurationException Error(string problem, Exception? inner = null)
    {
        var message = $"The connection string {StorageOptions.ConfigurationKey} cannot be used: {problem}.";
        return inner is null
            ? new StorageConfigurationException(message)
            : new StorageConfigurationException(message, inner);
    }

    private static HashSet<string> KeysOf(string text)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = text };
            return builder.Keys.Cast<string>()
                .Select(k => k.Trim().ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (ArgumentException e)
        {
            throw Error("it is not a valid key=value list", e);
        }
    }

    private static string Postgres(string text) =>
        Normalise(text, "PostgreSQL", t => new NpgsqlConnectionStringBuilder(t), b => b.Host, "PostgreSQL needs Host=");

    private static string Sqlite(string text) =>
        Normalise(
            text,
            "SQLite",
            t => new SqliteConnectionStringBuilder(t),
            b => b.DataSource,
            "SQLite needs a file in Data Source="
        );

    /// <summary>
    /// The connection string as the <paramref name="provider"/>'s own builder (made by <paramref name="parse"/>)
    /// writes it; an error when the provider refuses <paramref name="text"/> or the key <paramref name="required"/>
    /// reads is blank (<paramref name="missing"/> says which).
    /// </summary>
    private static string Normalise<TBuilder>(
        string text,
        string provider,
        Func<string, TBuilder> parse,
        Func<TBuilder, string?> required,
        string missing
    )
        where TBuilder : DbConnectionStringBuilder
    {
        try
        {
            var builder = parse(text);
            return string.IsNullOrWhiteSpace(required(builder)) ? throw Error(missing) : builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw Error($"{provider} does not accept it ({e.Message})", e);
        }
    }

    private static StorageOptions SqliteFile(string path) =>
        new(StorageProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ConnectionString);

    private static bool HasSqliteExtension(string path) =>
        SqliteExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
