using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Workspace;

/// <summary>
/// The behaviour every provider must have. Each derived class runs all of these against its own engine,
/// on a fresh database per test.
/// </summary>
public abstract class WorkspaceStoreTests : IAsyncLifetime
{
    private readonly List<GeoOpgaveDbContext> _contexts = [];
    private ITestDatabase? _database;
    private GeoOpgaveDbContextFactory? _factory;

    protected abstract ITestDatabase NewDatabase();

    public async Task InitializeAsync()
    {
        _database = NewDatabase();
        await _database.CreateAsync();
        _factory = new GeoOpgaveDbContextFactory(_database.Options);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_CreatesEmptyWorkspace()
    {
        var store = NewStore();

        await store.MigrateAsync(default);
        await store.MigrateAsync(default);

        Assert.False(await store.HasAreasAsync(default));
        Assert.Empty(await store.GetYearsAsync(default));
        Assert.Empty(await store.GetAreasAsync(AreaLevel.Buurt, null, default));
        Assert.Empty(await store.GetIndicatorValuesAsync(null, default));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_PolygonWithHoleAndMultiPolygon_ReadsBackExactlyInRdNew()
    {
        var store = await MigratedStoreAsync();
        var gemeente = TestAreas.Gemeente("GM0363", 2024, TestAreas.SquareAndTriangle);
        var buurt = TestAreas.Buurt("BU03630001", 2024, TestAreas.SquareWithHole);

        await store.ReplaceWorkspaceAsync([gemeente, buurt], [], default);

        var readGemeente = Assert.Single(await NewStore().GetAreasAsync(AreaLevel.Gemeente, 2024, default));
        var readBuurt = Assert.Single(await NewStore().GetAreasAsync(AreaLevel.Buurt, 2024, default));
        AssertSameArea(gemeente, readGemeente);
        AssertSameArea(buurt, readBuurt);
        Assert.Equal("MultiPolygon", readGemeente.Geometry.GeometryType);
        Assert.Equal(1, ((NetTopologySuite.Geometries.Polygon)readBuurt.Geometry).NumInteriorRings);
        Assert.True(await store.HasAreasAsync(default));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_NullAndZeroValues_StayNullAndZero()
    {
        var store = await MigratedStoreAsync();
        IndicatorValue[] values =
        [
            new("BU03630001", "aardgas_m3", 2024, null),
            new("BU03630001", "woningen", 2024, 0),
            new("BU03630002", "aardgas_m3", 2024, -12.5),
            new("BU03630002", "woningen", 2024, 1234.000001),
        ];

        await store.ReplaceWorkspaceAsync([], values, default);

        Assert.Equal(values, await NewStore().GetIndicatorValuesAsync(2024, default));
    }

    [Fact]
    public async Task Stamps_ReplacedKaart_MoveForTheAreasAndTheValuesOfItsYear()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630001", 2024)],
            [new("BU03630001", "woningen", 2024, 10)],
            default
        );
        var areas = await store.GetAreaStampAsync(2024, default);
        var values = Assert.Single(await store.GetIndicatorValueStampsAsync(default));

        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630001", 2024)],
            [new("BU03630001", "woningen", 2024, 11)],
            default
        );

        var after = NewStore();
        var areasAfter = await after.GetAreaStampAsync(2024, default);
        var valuesAfter = Assert.Single(await after.GetIndicatorValueStampsAsync(default));
        Assert.Equal(areas.Count, areasAfter.Count);
        Assert.True(areasAfter.MaxId > areas.MaxId);
        Assert.Equal((values.Source, values.Count), (valuesAfter.Source, valuesAfter.Count));
        Assert.True(valuesAfter.MaxId > values.MaxId);
        var (ids, read) = await after.GetIndicatorValuesOfSourceAsync(valuesAfter.Source, 2014, 2024, default);
        Assert.Equal([valuesAfter.MaxId], ids);
        Assert.Equal(11, Assert.Single(read).Value);
        Assert.Equal((0, 0L), await after.GetAreaStampAsync(2023, default));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_DuplicateAreaCode_LeavesPreviousContentUntouched()
    {
        var store = await MigratedStoreAsync();
        Area[] before = [TestAreas.Buurt("BU03630001", 2024)];
        IndicatorValue[] beforeValues = [new("BU03630001", "woningen", 2024, 10)];
        await store.ReplaceWorkspaceAsync(before, beforeValues, default);
        Area[] duplicated = [TestAreas.Buurt("BU03630002", 2024), TestAreas.Buurt("BU03630002", 2024)];

        await Assert.ThrowsAsync<DbUpdateException>(
            () => store.ReplaceWorkspaceAsync(duplicated, [new("BU03630002", "woningen", 2024, 20)], default));

        var after = NewStore();
        AssertSameArea(before[0], Assert.Single(await after.GetAreasAsync(AreaLevel.Buurt, 2024, default)));
        Assert.Equal(beforeValues, await after.GetIndicatorValuesAsync(2024, default));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_AfterAFailure_StoreStillWorks()
    {
        var store = await MigratedStoreAsync();
        IndicatorValue[] duplicated = [new("BU03630001", "woningen", 2024, 1), new("BU03630001", "woningen", 2024, 2)];
        await Assert.ThrowsAsync<DbUpdateException>(() => store.ReplaceWorkspaceAsync([], duplicated, default));

        await store.ReplaceWorkspaceAsync([TestAreas.Buurt("BU03630003", 2024)], [], default);

        var area = Assert.Single(await store.GetAreasAsync(AreaLevel.Buurt, null, default));
        Assert.Equal("BU03630003", area.Code);
        Assert.Empty(await store.GetIndicatorValuesAsync(null, default));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_OtherYear_KeepsExistingYearsAndReplacesOnlyItsOwn()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630001", 2023)], [new("BU03630001", "woningen", 2023, 1)], default);
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630002", 2024)], [new("BU03630002", "woningen", 2024, 2)], default);

        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630009", 2024)], [new("BU03630009", "woningen", 2024, 9)], default);

        Assert.Equal([2023, 2024], await store.GetYearsAsync(default));
        Assert.Equal("BU03630001", Assert.Single(await store.GetAreasAsync(AreaLevel.Buurt, 2023, default)).Code);
        Assert.Equal("BU03630009", Assert.Single(await store.GetAreasAsync(AreaLevel.Buurt, 2024, default)).Code);
        Assert.Equal(9, Assert.Single(await store.GetIndicatorValuesAsync(2024, default)).Value);
        Assert.Equal(1, Assert.Single(await store.GetIndicatorValuesAsync(2023, default)).Value);
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_Parts_ReplacesOnlyThoseLevelsOfThoseGemeenten()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03080001", 2024), TestAreas.Gemeente("GM0308", 2024),
                TestAreas.Buurt("BU03920001", 2024)],
            [new("BU03080001", "woningen", 2024, 1), new("BU03920001", "woningen", 2024, 2),
                new("GM0308", "woningen", 2024, 1)],
            default);

        // A wijken kaart of GM0392: its gemeente and wijken give way; its buurten and all of GM0308 stay.
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Gemeente("GM0392", 2024)], [new("GM0392", "woningen", 2024, 20)], default,
            ["GM0392", "WK0392"]);

        Assert.Equal(
            ["BU03080001", "BU03920001"], (await store.GetAreasAsync(AreaLevel.Buurt, 2024, default)).Select(a => a.Code));
        Assert.Equal(
            ["GM0308", "GM0392"], (await store.GetAreasAsync(AreaLevel.Gemeente, 2024, default)).Select(a => a.Code));
        Assert.Equal(
            [("BU03080001", 1.0), ("BU03920001", 2.0), ("GM0308", 1.0), ("GM0392", 20.0)],
            (await store.GetIndicatorValuesAsync(2024, default)).Select(v => (v.AreaCode, v.Value!.Value)));

        // A buurten kaart of GM0308 replaces its buurten and their kerncijfers only.
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03080002", 2024)], [new("BU03080002", "woningen", 2024, 5)], default, ["BU0308"]);

        Assert.Equal(
            ["BU03080002", "BU03920001"], (await store.GetAreasAsync(AreaLevel.Buurt, 2024, default)).Select(a => a.Code));
        Assert.Equal(
            ["BU03080002", "BU03920001", "GM0308", "GM0392"],
            (await store.GetIndicatorValuesAsync(2024, default)).Select(v => v.AreaCode));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_Parts_KeepTheComputedValuesOfTheOthersWithTheirProvenance()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03080001", 2024), TestAreas.Buurt("BU03920001", 2024)], [], default);
        var provenance = new IndicatorProvenance("aandeel_groen", 2024, "groen", "aandeel", "dotnet",
            DateTimeOffset.UnixEpoch);
        var context = (_factory ?? throw new InvalidOperationException("InitializeAsync has not run.")).CreateDbContext();
        _contexts.Add(context);
        var derived = new DerivedIndicatorStore(context);
        await derived.ReplaceAsync([new IndicatorValue("BU03920001", "aandeel_groen", 2024, 12.5)], provenance, default);

        // A new buurten kaart of GM0308 leaves GM0392's computed value, and so the record of where it came from.
        await store.ReplaceWorkspaceAsync([TestAreas.Buurt("BU03080002", 2024)], [], default, ["BU0308"]);

        Assert.Equal(provenance, Assert.Single(await derived.ListProvenanceAsync(2024, default)));
        Assert.Equal(12.5, Assert.Single(await store.GetIndicatorValuesAsync(2024, default)).Value);
    }

    [Fact]
    public async Task GetAreasAsync_NoYear_ReturnsLatestYearOfThatLevelOrderedByCode()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [
                TestAreas.Buurt("BU03630001", 2022),
                TestAreas.Buurt("BU03630010", 2023),
                TestAreas.Buurt("BU03630002", 2023),
                TestAreas.Gemeente("GM0363", 2024),
            ],
            [],
            default);

        var buurten = await store.GetAreasAsync(AreaLevel.Buurt, null, default);
        var gemeenten = await store.GetAreasAsync(AreaLevel.Gemeente, null, default);

        Assert.Equal(["BU03630002", "BU03630010"], buurten.Select(a => a.Code));
        Assert.All(buurten, a => Assert.Equal(2023, a.Year));
        Assert.Equal("GM0363", Assert.Single(gemeenten).Code);
        Assert.Empty(await store.GetAreasAsync(AreaLevel.Wijk, null, default));
        Assert.Equal([2022, 2023, 2024], await store.GetYearsAsync(default));
    }

    [Fact]
    public async Task AreaQueriesWithoutGeometry_MixedLevelsAndYears_AnswerPerLevel()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [
                TestAreas.Buurt("BU03630001", 2022),
                TestAreas.Buurt("BU03630010", 2023),
                TestAreas.Buurt("BU03630002", 2023),
                TestAreas.Gemeente("GM0363", 2024),
            ],
            [],
            default);

        Assert.Equal([2022, 2023], await store.GetAreaYearsAsync(AreaLevel.Buurt, default));
        Assert.Empty(await store.GetAreaYearsAsync(AreaLevel.Wijk, default));
        Assert.Equal(
            ["BU03630002", "BU03630010"],
            (await store.GetAreaCodesAsync(AreaLevel.Buurt, null, default)).Order(StringComparer.Ordinal)
        );
        Assert.Equal(["BU03630001"], await store.GetAreaCodesAsync(AreaLevel.Buurt, 2022, default));
        Assert.Empty(await store.GetAreaCodesAsync(AreaLevel.Wijk, null, default));
        Assert.True(await store.HasAreasAsync(AreaLevel.Buurt, 2022, default));
        Assert.False(await store.HasAreasAsync(AreaLevel.Buurt, 2024, default));
        Assert.True(await store.HasAreasAsync(AreaLevel.Gemeente, null, default));
        Assert.False(await store.HasAreasAsync(AreaLevel.Wijk, null, default));
        Assert.Equal(
            [
                new AreaCount("GM0363", "Gemeente GM0363", AreaLevel.Gemeente, 2024, 1),
                new AreaCount("GM0363", "Gemeente GM0363", AreaLevel.Buurt, 2022, 1),
                new AreaCount("GM0363", "Gemeente GM0363", AreaLevel.Buurt, 2023, 2),
            ],
            (await store.GetAreaCountsAsync(default)).OrderBy(c => c.Level).ThenBy(c => c.Year)
        );
    }

    [Fact]
    public async Task GetIndicatorValuesAsync_NoYear_ReturnsLatestYear()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync(
            [],
            [new("BU03630001", "woningen", 2022, 1), new("BU03630001", "woningen", 2023, 2)],
            default);

        var value = Assert.Single(await store.GetIndicatorValuesAsync(null, default));

        Assert.Equal(new IndicatorValue("BU03630001", "woningen", 2023, 2), value);
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_GeometryWithoutSrid_IsStoredAsRdNew()
    {
        var store = await MigratedStoreAsync();
        var area = TestAreas.Buurt("BU03630001", 2024) with
        {
            Geometry = TestAreas.Read(TestAreas.SquareWithHole, srid: 0),
        };

        await store.ReplaceWorkspaceAsync([area], [], default);

        var read = Assert.Single(await NewStore().GetAreasAsync(AreaLevel.Buurt, 2024, default));
        Assert.Equal(Srid.RdNew, read.Geometry.SRID);
        Assert.True(area.Geometry.EqualsExact(read.Geometry));
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_GeometryInWgs84_ThrowsAndChangesNothing()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceWorkspaceAsync([TestAreas.Buurt("BU03630001", 2024)], [], default);
        var wgs84 = TestAreas.Buurt("BU03630002", 2024) with
        {
            Geometry = TestAreas.Read("POLYGON ((4.9 52.3, 5 52.3, 5 52.4, 4.9 52.3))", Srid.Wgs84),
        };

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceWorkspaceAsync([wgs84], [], default));

        Assert.Equal("BU03630001", Assert.Single(await store.GetAreasAsync(AreaLevel.Buurt, 2024, default)).Code);
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_ThousandsOfRows_AllLand()
    {
        var store = await MigratedStoreAsync();
        var areas = Enumerable.Range(0, 2000)
            .Select(i => TestAreas.Buurt($"BU0363{i:D4}", 2024))
            .ToList();
        var values = areas
            .SelectMany(a =>
                Enumerable.Range(0, 5).Select(k => new IndicatorValue(a.Code, $"indicator_{k}", 2024, k * 1.5))
            )
            .ToList();

        await store.ReplaceWorkspaceAsync(areas, values, default);

        Assert.Equal(2000, (await NewStore().GetAreasAsync(AreaLevel.Buurt, 2024, default)).Count);
        Assert.Equal(values.Count, (await NewStore().GetIndicatorValuesAsync(2024, default)).Count);
    }

    protected WorkspaceStore NewStore()
    {
        var context = (
            _factory ?? throw new InvalidOperationException("InitializeAsync has not run.")
        ).CreateDbContext();
        _contexts.Add(context);
        return new WorkspaceStore(context);
    }

    protected async Task<WorkspaceStore> MigratedStoreAsync()
    {
        var store = NewStore();
        await store.MigrateAsync(default);
        return store;
    }

    private static void AssertSameArea(Area expected, Area actual)
    {
        Assert.Equal(expected with { Geometry = actual.Geometry }, actual);
        Assert.Equal(Srid.RdNew, actual.Geometry.SRID);
        Assert.True(
            expected.Geometry.EqualsExact(actual.Geometry),
            $"Expected {expected.Geometry.AsText()} but read {actual.Geometry.AsText()}");
    }
}
