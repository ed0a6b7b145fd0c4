using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Profiles;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Profiles;

/// <summary>The profiel_versies table every provider must have; each derived class runs these on its own
/// engine.</summary>
public abstract class ProfileVersionStoreTests : MigratedDatabaseTest
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AddAsync_FirstVersionAboveFile_TakesTheMinimumAndWritesItIntoTheDocument()
    {
        await using var context = NewContext();

        var saved = await Store(context)
            .AddAsync("standaard", 2, v => $"{{\"version\":{v}}}", "meer energie", "anne", default);

        Assert.Equal(2, saved.Version);
        Assert.Equal("{\"version\":2}", saved.Json);
        Assert.Equal("standaard", saved.ProfielId);
        Assert.Equal("anne", saved.CreatedBy);
        Assert.Equal(Noon, saved.CreatedAt);
    }

    [Fact]
    public async Task AddAsync_SecondVersion_IsOneAboveTheHighestOfItsFamilyOnly()
    {
        await using (var context = NewContext())
        {
            await Store(context).AddAsync("standaard", 2, v => "{}", "", "anne", default);
            await Store(context).AddAsync("anders", 1, v => "{}", "", "anne", default);
        }

        await using var second = NewContext();
        var saved = await Store(second).AddAsync("standaard", 2, v => "{}", "", "bert", default);

        Assert.Equal(3, saved.Version);
    }

    [Fact]
    public async Task AddAsync_Saved_MovesTheWorkspaceVersion()
    {
        await using var context = NewContext();
        var before = await WorkspaceVersion.ReadAsync(context, default);

        await Store(context).AddAsync("standaard", 2, v => "{}", "", "anne", default);

        await using var reader = NewContext();
        Assert.Equal(before + 1, await WorkspaceVersion.ReadAsync(reader, default));
    }

    [Fact]
    public async Task AddAsync_CallerRollsBack_NothingIsStored()
    {
        await using (var context = NewContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await Store(context).AddAsync("standaard", 2, v => "{}", "", "anne", default);
            await transaction.RollbackAsync();
        }

        await using var reader = NewContext();
        Assert.Empty(await Store(reader).ListAsync(default));
        Assert.Equal(0, await WorkspaceVersion.ReadAsync(reader, default));
    }

    [Fact]
    public async Task ListAfter_RowId_ReturnsOnlyLaterVersionsInSaveOrder()
    {
        long first;
        await using (var context = NewContext())
        {
            first = (await Store(context).AddAsync("standaard", 2, v => "{}", "", "anne", default)).Id;
            await Store(context).AddAsync("anders", 1, v => "{}", "", "anne", default);
            await Store(context).AddAsync("standaard", 2, v => "{}", "", "anne", default);
        }

        await using var reader = NewContext();
        var later = Store(reader).ListAfter(first);

        Assert.Equal([("anders", 1), ("standaard", 3)], later.Select(p => (p.ProfielId, p.Version)));
    }

    [Fact]
    public async Task UniqueIndex_SameFamilyAndVersion_IsRefused()
    {
        await using var context = NewContext();
        context.Add(
            new ProfileVersionEntity
            {
                ProfielId = "standaard",
                Version = 2,
                Json = "{}",
                Notes = "",
                CreatedBy = "a",
            }
        );
        context.Add(
            new ProfileVersionEntity
            {
                ProfielId = "standaard",
                Version = 2,
                Json = "{}",
                Notes = "",
                CreatedBy = "b",
            }
        );

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    private static ProfileVersionStore Store(GeoOpgaveDbContext context) => new(context, new FixedTime());

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Noon;
    }
}
