using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Tests.Workspace;

/// <summary>Every publishing write moves the workspace version once it commits, and a failed one does not.</summary>
public abstract class WorkspaceVersionTests : MigratedDatabaseTest
{
    [Fact]
    public async Task ReadAsync_FreshDatabase_IsZero()
    {
        Assert.Equal(0, await ReadVersionAsync());
    }

    [Fact]
    public async Task BumpAsync_NoTransaction_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => WorkspaceVersion.BumpAsync(NewContext(), default));

        Assert.Equal(0, await ReadVersionAsync());
    }

    [Fact]
    public async Task BumpAsync_RolledBack_LeavesVersion()
    {
        var db = NewContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await WorkspaceVersion.BumpAsync(db, default);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await ReadVersionAsync());
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_Succeeds_BumpsVersionSeenByOtherContext()
    {
        await new WorkspaceStore(NewContext()).ReplaceWorkspaceAsync(
            [TestAreas.Buurt("BU03630001", 2024)],
            [],
            default
        );

        Assert.Equal(1, await ReadVersionAsync());
    }

    [Fact]
    public async Task ReplaceWorkspaceAsync_DuplicateCode_LeavesVersion()
    {
        var buurt = TestAreas.Buurt("BU03630001", 2024);

        await Assert.ThrowsAnyAsync<DbUpdateException>(
            () => new WorkspaceStore(NewContext()).ReplaceWorkspaceAsync([buurt, buurt], [], default));

        Assert.Equal(0, await ReadVersionAsync());
    }

    [Fact]
    public async Task AddLayerAsync_Succeeds_BumpsVersion()
    {
        await NewLayerStore().AddLayerAsync(Layer("punten"), Points(3), default);

        Assert.True(await ReadVersionAsync() > 0);
    }

    [Fact]
    public async Task AddLayerAsync_TableWithIndicatorValues_BumpsVersion()
    {
        var table = Layer("tabel") with { IndicatorValues = [new IndicatorValue("BU03630001", "woningen", 2024, 12)] };

        await NewLayerStore().AddLayerAsync(table, [], default);

        Assert.True(await ReadVersionAsync() > 0);
    }

    [Fact]
    public async Task AddLayerAsync_FeatureFails_LeavesVersion()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => NewLayerStore().AddLayerAsync(Layer("kapot"), Points(10, failAt: 5), default));

        Assert.Equal(0, await ReadVersionAsync());
    }

    [Fact]
    public async Task DeleteLayerAsync_ExistingAndUnknown_BumpsOnlyForExisting()
    {
        var stored = await NewLayerStore().AddLayerAsync(Layer("punten"), Points(3), default);
        var afterAdd = await ReadVersionAsync();

        Assert.False(await NewLayerStore().DeleteLayerAsync(stored.Id + 100, default));
        var afterUnknown = await ReadVersionAsync();
        Assert.True(await NewLayerStore().DeleteLayerAsync(stored.Id, default));

        Assert.Equal(afterAdd, afterUnknown);
        Assert.True(await ReadVersionAsync() > afterAdd);
    }

    [Fact]
    public async Task SelectieStore_AddUpdateDelete_EachBumpsVersion()
    {
        var saved = await NewSelectieStore().AddAsync("Noord", "", ["BU03630001"], null, "planner", default);
        var afterAdd = await ReadVersionAsync();
        await NewSelectieStore().UpdateAsync(saved.Id, "Noord", "met notitie", ["BU03630001"], null, default);
        var afterUpdate = await ReadVersionAsync();
        await NewSelectieStore().DeleteAsync(saved.Id, default);

        Assert.Equal(1, afterAdd);
        Assert.Equal(2, afterUpdate);
        Assert.Equal(3, await ReadVersionAsync());
    }

    [Fact]
    public async Task SelectieStore_DuplicateName_LeavesVersion()
    {
        await NewSelectieStore().AddAsync("Noord", "", ["BU03630001"], null, "planner", default);

        await Assert.ThrowsAnyAsync<DbUpdateException>(
            () => NewSelectieStore().AddAsync("Noord", "", ["BU03630002"], null, "planner", default));

        Assert.Equal(1, await ReadVersionAsync());
    }

    private static NewLayer Layer(string name) =>
        new(
            name,
            LayerKind.Vector,
            "bron.geojson",
            "Point",
            new Envelope(100000, 100010, 450000, 450010),
            "[]",
            "{}",
            2024
        );

    private static IEnumerable<LayerFeature> Points(int count, int? failAt = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidOperationException($"Feature {i} cannot be read.");
            }

            yield return new LayerFeature(i, TestAreas.Read($"POINT ({100000 + i} {450000 + i})"), null);
        }
    }

    private async Task<long> ReadVersionAsync()
    {
        await using var context = Factory.CreateDbContext();
        return await WorkspaceVersion.ReadAsync(context, default);
    }

    private LayerStore NewLayerStore() => new(NewContext(), TimeProvider.System);

    private SelectieStore NewSelectieStore() => new(NewContext(), TimeProvider.System);
}
