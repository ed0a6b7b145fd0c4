using GeoOpgave.Storage.Configuration;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GeoOpgave.Storage.Tests.Configuration;

public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromConnectionString_Empty_DefaultSqliteFileInLocalAppData(string? connectionString)
    {
        var options = StorageOptions.FromConnectionString(connectionString);

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        Assert.Equal(StorageOptions.DefaultSqlitePath, dataSource);
        Assert.EndsWith(Path.Combine("geoopgave", "geoopgave.db"), dataSource, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.GetDirectoryName(dataSource)));
    }

    [Theory]
    [InlineData("Host=db.example;Database=geo;Username=planner;Password=x")]
    [InlineData("Server=db.example;Database=geo")]
    [InlineData("  host=db.example ; database=geo  ")]
    public void FromConnectionString_NpgsqlKeywords_PostgreSql(string connectionString)
    {
        var options = StorageOptions.FromConnectionString(connectionString);

        Assert.Equal(StorageProvider.PostgreSql, options.Provider);
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal("geo", builder.Database);
    }

    [Fact]
    public void FromConnectionString_UsernameWithoutHost_FailsNamingHost()
    {
        var error = Assert.Throws<StorageConfigurationException>(
            () => StorageOptions.FromConnectionString("Username=planner;Database=geo"));

        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConnectionString_PostgresUri_ConvertedToKeywords()
    {
        var options = StorageOptions.FromConnectionString(
            "postgres://planner:p%40ss%3Bword@db.example:5433/geo?sslmode=require"
        );

        Assert.Equal(StorageProvider.PostgreSql, options.Provider);
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal(
            ("db.example", 5433, "planner", "p@ss;word", "geo"),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database)
        );
        Assert.Equal(SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void FromConnectionString_PostgresqlUriWithoutPort_DefaultPort()
    {
        var options = StorageOptions.FromConnectionString("postgresql://db.example/geo");

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal(StorageProvider.PostgreSql, options.Provider);
        Assert.Equal(("db.example", 5432, "geo"), (builder.Host, builder.Port, builder.Database));
    }

    [Theory]
    [InlineData("Data Source=/var/lib/geoopgave/work.db", "/var/lib/geoopgave/work.db")]
    [InlineData("DataSource=work.db;Mode=ReadWriteCreate", "work.db")]
    [InlineData("Filename=work.db", "work.db")]
    [InlineData("/var/lib/geoopgave/work.db", "/var/lib/geoopgave/work.db")]
    [InlineData("werk.SQLITE", "werk.SQLITE")]
    [InlineData(@"C:\gis\werk.sqlite3", @"C:\gis\werk.sqlite3")]
    public void FromConnectionString_SqliteFile_Sqlite(string connectionString, string expectedFile)
    {
        var options = StorageOptions.FromConnectionString(connectionString);

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal(expectedFile, new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
    }

    [Theory]
    [InlineData("Host=db.example;Bogus=1")]
    [InlineData("Host=db.example;Port=abc")]
    [InlineData("Data Source=work.db;Mode=Sometimes")]
    [InlineData("Database=geo;Timeout=5")]
    [InlineData("just some words")]
    [InlineData("work.txt")]
    [InlineData("Host=\"db;")]
    [InlineData("postgres://")]
    [InlineData("postgres://db.example/geo?nonsense=1")]
    public void FromConnectionString_Malformed_FailsWithMessageNamingTheSetting(string connectionString)
    {
        var error = Assert.Throws<StorageConfigurationException>(() =>
            StorageOptions.FromConnectionString(connectionString)
        );

        Assert.StartsWith(
            "The connection string ConnectionStrings:GeoOpgave cannot be used: ",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void FromConnectionString_MalformedWithPassword_DoesNotRevealThePassword()
    {
        var error = Assert.Throws<StorageConfigurationException>(
            () => StorageOptions.FromConnectionString("Host=db.example;Password=Geheim123;Bogus=1"));

        Assert.DoesNotContain("Geheim123", error.Message, StringComparison.Ordinal);
        Assert.Contains("bogus", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToString_PostgresWithPassword_HidesTheConnectionString()
    {
        var options = StorageOptions.FromConnectionString("Host=db.example;Password=Geheim123");

        var text = options.ToString();

        Assert.DoesNotContain("Geheim123", text, StringComparison.Ordinal);
        Assert.Contains("PostgreSql", text, StringComparison.Ordinal);
    }
}
