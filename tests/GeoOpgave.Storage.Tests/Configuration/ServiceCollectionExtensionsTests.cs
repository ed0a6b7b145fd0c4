using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Postgres;
using GeoOpgave.Storage.Sqlite;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Storage.Tests.Configuration;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddGeoOpgaveStorage_SqliteFileInMissingFolder_ResolvesWorkingStore()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geoopgave-tests", $"{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "nested", "work.db");
        try
        {
            await using var provider = new ServiceCollection()
                .AddGeoOpgaveStorage($"Data Source={file};Pooling=False")
                .BuildServiceProvider(validateScopes: true);
            await using var scope = provider.CreateAsyncScope();

            var store = scope.ServiceProvider.GetRequiredService<WorkspaceStore>();
            await store.MigrateAsync(default);

            Assert.IsType<SqliteGeoOpgaveDbContext>(scope.ServiceProvider.GetRequiredService<GeoOpgaveDbContext>());
            Assert.False(await store.HasAreasAsync(default));
            Assert.True(File.Exists(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AddGeoOpgaveStorage_PostgresConnectionString_RegistersPostgresContextWithoutConnecting()
    {
        await using var provider = new ServiceCollection()
            .AddGeoOpgaveStorage("Host=db.invalid;Database=geo")
            .BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<GeoOpgaveDbContext>();
        await using var fromFactory = await provider
            .GetRequiredService<IDbContextFactory<GeoOpgaveDbContext>>()
            .CreateDbContextAsync();

        Assert.IsType<PostgresGeoOpgaveDbContext>(context);
        Assert.IsType<PostgresGeoOpgaveDbContext>(fromFactory);
        Assert.Equal(StorageProvider.PostgreSql, provider.GetRequiredService<StorageOptions>().Provider);
    }

    [Fact]
    public void AddGeoOpgaveStorage_MalformedConnectionString_FailsAtRegistration()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<StorageConfigurationException>(() => services.AddGeoOpgaveStorage("Host=db;Bogus=1"));

        Assert.Contains("ConnectionStrings:GeoOpgave", error.Message, StringComparison.Ordinal);
    }
}
