using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Storage.Tests.Workspace;

/// <summary>The same workspace written to SQLite and to PostGIS reads back identically from both.</summary>
public sealed class ProviderParityTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _sqlite = new();
    private readonly PostgresTestDatabase _postgres = new();

    public async Task InitializeAsync()
    {
        await _sqlite.CreateAsync();
        await _postgres.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task GetAreasAndValues_SameInput_SameOutputOnBothProviders()
    {
        Area[] areas =
        [
            TestAreas.Gemeente("GM0363", 2024, TestAreas.SquareAndTriangle),
            TestAreas.Buurt("BU03630002", 2024, TestAreas.SquareWithHole),
            TestAreas.Buurt("BU03630001", 2024, "POLYGON ((0.1 0.2, 1e6 0.3, 0.7 654321.123456789, 0.1 0.2))"),
        ];
        IndicatorValue[] values = [new("BU03630001", "b", 2024, null), new("BU03630001", "a", 2024, double.Epsilon)];

        var (sqliteAreas, sqliteValues) = await RoundTripAsync(_sqlite.Options, areas, values);
        var (postgresAreas, postgresValues) = await RoundTripAsync(_postgres.Options, areas, values);

        Assert.Equal(sqliteAreas.Count, postgresAreas.Count);
        foreach (var (fromSqlite, fromPostgres) in sqliteAreas.Zip(postgresAreas))
        {
            Assert.Equal(fromSqlite with { Geometry = fromPostgres.Geometry }, fromPostgres);
            Assert.Equal(fromSqlite.Geometry.SRID, fromPostgres.Geometry.SRID);
            Assert.True(fromSqlite.Geometry.EqualsExact(fromPostgres.Geometry), fromSqlite.Code);
        }

        Assert.Equal(sqliteValues, postgresValues);
        Assert.Null(sqliteValues[1].Value);
    }

    private static async Task<(List<Area> Areas, IReadOnlyList<IndicatorValue> Values)> RoundTripAsync(
        StorageOptions options, Area[] areas, IndicatorValue[] values)
    {
        await using var context = new GeoOpgaveDbContextFactory(options).CreateDbContext();
        var store = new WorkspaceStore(context);
        await store.MigrateAsync(default);
        await store.ReplaceWorkspaceAsync(areas, values, default);
        var read = new List<Area>();
        foreach (var level in Enum.GetValues<AreaLevel>())
        {
            read.AddRange(await store.GetAreasAsync(level, null, default));
        }

        return (read, await store.GetIndicatorValuesAsync(null, default));
    }
}
