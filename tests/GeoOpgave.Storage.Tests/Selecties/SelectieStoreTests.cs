using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Selecties;

/// <summary>The selecties table every provider must have; each derived class runs these on its own engine.</summary>
public abstract class SelectieStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly SteppingTimeProvider _time = new(Noon);
    private ITestDatabase? _database;

    protected abstract ITestDatabase NewDatabase();

    public async Task InitializeAsync()
    {
        _database = NewDatabase();
        await _database.CreateAsync();
        await using var context = NewContext();
        await context.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AddAsync_NewSelectie_GetReturnsItWithCodesInOrder()
    {
        long id;
        await using (var context = NewContext())
        {
            var added = await new SelectieStore(context, _time).AddAsync(
                "Centrum",
                "eerst hier",
                ["BU03630001", "WK036300", "BU03630000"],
                "standaard",
                "anne",
                default
            );
            id = added.Id;
        }

        await using var reader = NewContext();
        var stored = await new SelectieStore(reader, _time).GetAsync(id, default);

        Assert.NotNull(stored);
        Assert.Equal("Centrum", stored.Name);
        Assert.Equal("eerst hier", stored.Notes);
        Assert.Equal(["BU03630001", "WK036300", "BU03630000"], stored.Codes);
        Assert.Equal("standaard", stored.ProfielId);
        Assert.Equal("anne", stored.CreatedBy);
        Assert.Equal(Noon, stored.CreatedAt);
        Assert.Equal(Noon, stored.UpdatedAt);
    }

    [Fact]
    public async Task ListAsync_TwoSelecties_OrderedByName()
    {
        await using var context = NewContext();
        var store = new SelectieStore(context, _time);
        await store.AddAsync("Zuid", "", ["BU03630002"], null, "anne", default);
        await store.AddAsync("Noord", "", ["BU03630001"], null, "bert", default);

        var all = await store.ListAsync(default);

        Assert.Equal(["Noord", "Zuid"], all.Select(s => s.Name));
        Assert.Null(all[0].ProfielId);
    }

    [Fact]
    public async Task UpdateAsync_Existing_ReplacesFieldsAndMovesUpdateTime()
    {
        await using var context = NewContext();
        var store = new SelectieStore(context, _time);
        var added = await store.AddAsync("Centrum", "", ["BU03630001"], null, "anne", default);

        var updated = await store.UpdateAsync(
            added.Id,
            "Binnenstad",
            "breder",
            ["BU03630001", "BU03630002"],
            "klimaat",
            default
        );

        Assert.NotNull(updated);
        Assert.Equal("Binnenstad", updated.Name);
        Assert.Equal(["BU03630001", "BU03630002"], updated.Codes);
        Assert.Equal(Noon, updated.CreatedAt);
        Assert.Equal(Noon.AddMinutes(1), updated.UpdatedAt);
        Assert.Equal(added.Id, await store.FindIdByNameAsync("Binnenstad", default));
        Assert.Null(await store.FindIdByNameAsync("Centrum", default));
    }

    [Fact]
    public async Task UpdateAsync_UnknownId_ReturnsNull()
    {
        await using var context = NewContext();

        var updated = await new SelectieStore(context, _time).UpdateAsync(404, "X", "", ["BU03630001"], null, default);

        Assert.Null(updated);
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesItOnce()
    {
        await using var context = NewContext();
        var store = new SelectieStore(context, _time);
        var added = await store.AddAsync("Centrum", "", ["BU03630001"], null, "anne", default);

        var first = await store.DeleteAsync(added.Id, default);
        var second = await store.DeleteAsync(added.Id, default);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await store.GetAsync(added.Id, default));
    }

    [Fact]
    public async Task AddAsync_DuplicateName_ViolatesUniqueIndex()
    {
        await using (var context = NewContext())
        {
            await new SelectieStore(context, _time).AddAsync("Centrum", "", ["BU03630001"], null, "anne", default);
        }

        await using var second = NewContext();
        await Assert.ThrowsAsync<DbUpdateException>(
            () => new SelectieStore(second, _time).AddAsync("Centrum", "", ["BU03630002"], null, "bert", default));
    }

    private GeoOpgaveDbContext NewContext() =>
        new GeoOpgaveDbContextFactory(
            (_database ?? throw new InvalidOperationException("InitializeAsync has not run.")).Options
        ).CreateDbContext();

    // Every reading moves a minute on, so created and updated times differ predictably.
    private sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private int _calls;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(_calls++);
    }
}
