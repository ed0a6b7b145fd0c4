using System.Text.Json.Nodes;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeoOpgave.Application.Tests.Indicators;

/// <summary>
/// The demo workspace (SQLite in a temp folder, or a database of its own on GEOOPGAVE_TEST_PG) with its four
/// layers imported, and a data folder whose standaard profiel defines an indicator for every aggregator.
/// </summary>
public sealed class IndicatorTestWorkspace : IAsyncDisposable
{
    public static readonly (string Id, string Definition)[] Definitions =
    [
        (
            "t_labels_share",
            """{ "layer": "energielabels_demodam", "aggregator": "points.share", "classField": "energielabel", "values": ["E", "F", "G"] }"""
        ),
        ("t_labels_count", """{ "layer": "energielabels_demodam", "aggregator": "points.count" }"""),
        (
            "t_bouwjaar_mean",
            """{ "layer": "energielabels_demodam", "aggregator": "points.mean", "field": "bouwjaar" }"""
        ),
        (
            "t_bouwjaar_max_efg",
            """{ "layer": "energielabels_demodam", "aggregator": "points.max", "field": "bouwjaar", "classField": "energielabel", "values": ["E", "F", "G"] }"""
        ),
        (
            "t_flood_share",
            """{ "layer": "wateroverlast_zones_demodam", "aggregator": "zones.share", "classField": "klasse", "values": [3, 4, 5] }"""
        ),
        ("t_flood_area", """{ "layer": "wateroverlast_zones_demodam", "aggregator": "zones.area" }"""),
        (
            "t_flood_extensive",
            """{ "layer": "wateroverlast_zones_demodam", "aggregator": "areal.extensive", "field": "klasse" }"""
        ),
        (
            "t_flood_intensive",
            """{ "layer": "wateroverlast_zones_demodam", "aggregator": "areal.intensive", "field": "klasse", "classField": "klasse", "values": [1, 2] }"""
        ),
        ("t_net_length", """{ "layer": "warmtenet_demodam", "aggregator": "lines.length" }"""),
        (
            "t_net_transport_ha",
            """{ "layer": "warmtenet_demodam", "aggregator": "lines.length", "classField": "type", "values": ["transport"], "parameters": { "perHectare": true } }"""
        ),
        ("t_heat_mean", """{ "layer": "hittestress_gevoelstemperatuur_demodam", "aggregator": "raster.mean" }"""),
        ("t_missing_layer", """{ "layer": "bestaat_niet", "aggregator": "points.count" }"""),
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("geoopgave-indicators-").FullName;
    private readonly string? _server;
    private readonly string? _database;

    private IndicatorTestWorkspace(bool postgis)
    {
        if (postgis)
        {
            _server = Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } server
                ? server
                : throw new InvalidOperationException(
                    "GEOOPGAVE_TEST_PG is not set: run tools/test.sh, which starts PostGIS and sets it."
                );
            _database = $"geoopgave_ind_{Guid.NewGuid():N}";
        }
    }

    public ServiceProvider Services { get; private set; } = null!;

    public static async Task<IndicatorTestWorkspace> CreateAsync(bool postgis)
    {
        var workspace = new IndicatorTestWorkspace(postgis);
        await workspace.InitializeAsync();
        return workspace;
    }

    public async Task<IReadOnlyList<IndicatorComputation>> ComputeAsync(IndicatorEngine engine)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<IndicatorComputeService>()
            .ComputeAsync(new IndicatorComputeRequest(null, engine, null), CancellationToken.None);
    }

    /// <summary>The stored values of the test indicators by (indicator, buurt).</summary>
    public async Task<Dictionary<(string Indicator, string Buurt), double?>> ValuesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var values = await scope
            .ServiceProvider.GetRequiredService<WorkspaceStore>()
            .GetIndicatorValuesAsync(2024, CancellationToken.None);
        return values
            .Where(v => v.IndicatorId.StartsWith("t_", StringComparison.Ordinal))
            .ToDictionary(v => (v.IndicatorId, v.AreaCode), v => v.Value);
    }

    public async Task<long> VersionAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await WorkspaceVersion.ReadAsync(
            scope.ServiceProvider.GetRequiredService<GeoOpgaveDbContext>(),
            CancellationToken.None
        );
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        Directory.Delete(_root, recursive: true);
    }

    private async Task InitializeAsync()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var profiles = Directory.CreateDirectory(Path.Combine(_root, "data", "profiles")).FullName;
        var profile = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(data, "profiles", "standaard.json")))!;
        foreach (var (id, definition) in Definitions)
        {
            profile["indicatorCatalogue"]![id] = new JsonObject
            {
                ["name"] = id,
                ["unit"] = string.Empty,
                ["source"] = "test",
                ["definition"] = JsonNode.Parse(definition),
            };
        }

        await File.WriteAllTextAsync(Path.Combine(profiles, "standaard.json"), profile.ToJsonString());
        if (_database is not null)
        {
            await ExecuteAsync($"CREATE DATABASE {_database}");
        }

        var connection = _database is null
            ? $"Data Source={Path.Combine(_root, "workspace.db")};Pooling=False"
            : new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:GeoOpgave"] = connection,
            ["GeoOpgave:DataDirectory"] = Path.Combine(_root, "data"),
            ["Import:TempDirectory"] = Path.Combine(_root, "unpack"),
        }).Build();
        Directory.CreateSymbolicLink(Path.Combine(_root, "data", "demo"), Path.Combine(data, "demo"));
        Services = new ServiceCollection().AddGeoOpgaveApplication(configuration).BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        // The demo imports its four layers as stored layers itself.
        await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
