using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.IO;
using Npgsql;

namespace GeoOpgave.Application.Tests.Import;

/// <summary>A fresh SQLite workspace in a temp folder for one test, with a folder for fixtures and one for
/// unpacking.</summary>
public sealed class ImportTestWorkspace : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("geoopgave-import-test-").FullName;
    private readonly ServiceProvider _services;
    private readonly Func<Task>? _dropDatabase;

    public ImportTestWorkspace(
        IDictionary<string, string?>? settings = null,
        string? connectionString = null,
        Func<Task>? dropDatabase = null
    )
    {
        Directory.CreateDirectory(Files);
        _dropDatabase = dropDatabase;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ConnectionStrings:GeoOpgave"] = connectionString
                ?? $"Data Source={Path.Combine(_root, "workspace.db")};Pooling=False",
            ["Import:TempDirectory"] = TempDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _services = new ServiceCollection().AddGeoOpgaveApplication(configuration).BuildServiceProvider();
    }

    public string Files => Path.Combine(_root, "files");

    public string TempDirectory => Path.Combine(_root, "unpack");

    public string File(string name) => Path.Combine(Files, name);

    public async Task<ImportResult> ImportAsync(ImportRequest request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<ImportService>()
            .ImportAsync(request, CancellationToken.None);
    }

    public async Task<IReadOnlyList<ImportedLayer>> LayersAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().MigrateAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<LayerStore>().ListLayersAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<LayerFeature>> FeaturesAsync(long layerId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<LayerStore>()
            .GetFeaturesAsync(layerId, CancellationToken.None);
    }

    public async Task<ImportResult> ImportAreasAsync(string path, int? year)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AreaImportService>()
            .ImportAsync(path, year, null, CancellationToken.None);
    }

    public async Task<AnalysisResult> AnalyseAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }

    public async Task<IReadOnlyList<Area>> AreasAsync(AreaLevel level, int year)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<WorkspaceStore>()
            .GetAreasAsync(level, year, CancellationToken.None);
    }

    public async Task<ImportedLayer> AddLayerAsync(NewLayer layer, IEnumerable<LayerFeature> features)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().MigrateAsync(CancellationToken.None);
        return await scope
            .ServiceProvider.GetRequiredService<LayerStore>()
            .AddLayerAsync(layer, features, CancellationToken.None);
    }

    public async Task<int> FeatureRowsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GeoOpgaveDbContext>();
        await db.Database.MigrateAsync();
        return await db.LayerFeatures.CountAsync();
    }

    public async Task SeedBuurtenAsync(int year, IReadOnlyList<IndicatorValue> values, params string[] codes)
    {
        await using var scope = _services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkspaceStore>();
        await store.MigrateAsync(CancellationToken.None);
        var square = new WKTReader().Read(
            "POLYGON ((120000 480000, 121000 480000, 121000 481000, 120000 481000, 120000 480000))"
        );
        square.SRID = 28992;
        var areas = codes
            .Select(c => new Area(
                c,
                c,
                AreaLevel.Buurt,
                $"GM{c.Substring(2, 4)}",
                $"WK{c.Substring(2, 6)}",
                year,
                square
            ))
            .ToList();
        await store.ReplaceWorkspaceAsync(areas, values, CancellationToken.None);
    }

    /// <summary>Runs a use case of the workspace in a scope of its own, as a request or a command would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<IReadOnlyList<IndicatorValue>> IndicatorValuesAsync(int year)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<WorkspaceStore>()
            .GetIndicatorValuesAsync(year, CancellationToken.None);
    }

    /// <summary>Refuses new audit rows (see <see cref="Audit.AuditRefusal"/>).</summary>
    public Task RefuseAuditAsync(string? action = null) => Audit.AuditRefusal.InstallAsync(_services, action);

    public async Task<long> VersionAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().GetVersionAsync(CancellationToken.None);
    }

    /// <summary>A workspace in a database of its own on the PostGIS server of GEOOPGAVE_TEST_PG, dropped
    /// afterwards.</summary>
    public static async Task<ImportTestWorkspace> PostgisAsync()
    {
        var server = Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "GEOOPGAVE_TEST_PG is not set: run tools/test.sh, which starts PostGIS and sets it."
            );
        var database = $"geoopgave_imp_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        return new ImportTestWorkspace(null, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_dropDatabase is not null)
        {
            await _dropDatabase();
        }

        Directory.Delete(_root, recursive: true);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
