using System.Text.Json;
using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Audit;

/// <summary>The audit log and the Identity tables every provider must have; each derived class runs these on its own
/// engine.</summary>
public abstract class AuditLogStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private ITestDatabase? _database;

    protected abstract ITestDatabase NewDatabase();

    /// <summary>What someone with full rights on the database runs to get past the append-only triggers.</summary>
    protected abstract string DisableTriggersSql { get; }

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
    public async Task AppendAsync_TwoEntries_ListNewestFirstWithTimeFromTheTimeProvider()
    {
        var time = new SteppingTimeProvider(Noon);
        await using (var context = NewContext())
        {
            var store = new AuditLogStore(context, time);
            await store.AppendAsync(
                "anne",
                "laag.geimporteerd",
                "wegen",
                new Dictionary<string, object?> { ["id"] = 7 },
                default
            );
            await store.AppendAsync("bert", "laag.verwijderd", "wegen", null, default);
        }

        await using var reader = NewContext();
        var entries = await new AuditLogStore(reader, time).ListAsync(10, default);

        Assert.Equal(["bert", "anne"], entries.Select(e => e.User));
        Assert.Equal(Noon.AddMinutes(1), entries[0].Time);
        Assert.Equal(Noon, entries[1].Time);
        Assert.Equal("{}", entries[0].DetailsJson);
        Assert.Equal(7, JsonDocument.Parse(entries[1].DetailsJson).RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task ListAsync_Limit_ReturnsOnlyTheNewest()
    {
        var time = new SteppingTimeProvider(Noon);
        await using var context = NewContext();
        var store = new AuditLogStore(context, time);
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync("anne", "export", $"buurten-{i}", null, default);
        }

        var entries = await store.ListAsync(2, default);

        Assert.Equal(["buurten-4", "buurten-3"], entries.Select(e => e.Target));
    }

    [Fact]
    public async Task UpdateAndDelete_RefusedByTheDatabaseItself()
    {
        await using var context = NewContext();
        var store = new AuditLogStore(context, new SteppingTimeProvider(Noon));
        await store.AppendAsync("anne", "laag.verwijderd", "wegen", null, default);

        var update = await Assert.ThrowsAnyAsync<Exception>(() =>
            context.Database.ExecuteSqlRawAsync("UPDATE audit_log SET \"user\" = 'mallory'")
        );
        var delete = await Assert.ThrowsAnyAsync<Exception>(() =>
            context.Database.ExecuteSqlRawAsync("DELETE FROM audit_log")
        );

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("anne", Assert.Single(await store.ListAsync(10, default)).User);
        Assert.True((await store.VerifyAsync(default)).Intact);
    }

    [Fact]
    public async Task VerifyAsync_RowChangedOrRemovedPastTheTriggers_NamesTheFirstBrokenRow()
    {
        await using var context = NewContext();
        var store = new AuditLogStore(context, new SteppingTimeProvider(Noon));
        for (var i = 0; i < 4; i++)
        {
            await store.AppendAsync(
                "anne",
                "export",
                $"buurten-{i}",
                new Dictionary<string, object?> { ["rijen"] = i },
                default
            );
        }

        var ids = (await store.ListAsync(10, default)).Select(e => e.Id).Order().ToArray();
        var intact = await store.VerifyAsync(default);
        await context.Database.ExecuteSqlRawAsync(DisableTriggersSql);
        await context.Database.ExecuteSqlAsync(
            $"UPDATE audit_log SET details = {"{\"rijen\":99}"} WHERE id = {ids[1]}"
        );
        var changed = await store.VerifyAsync(default);
        await context.Database.ExecuteSqlAsync($"UPDATE audit_log SET details = {"{\"rijen\":1}"} WHERE id = {ids[1]}");
        var restored = await store.VerifyAsync(default);
        await context.Database.ExecuteSqlAsync($"DELETE FROM audit_log WHERE id = {ids[2]}");
        var removed = await store.VerifyAsync(default);

        Assert.Equal((4L, 0L, true), (intact.Rows, intact.Unchained, intact.Intact));
        Assert.Equal(ids[1], changed.BrokenAt);
        Assert.True(restored.Intact);
        Assert.Equal(ids[3], removed.BrokenAt);
        Assert.Contains("gewijzigd of verwijderd", removed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdentityTables_UserWithRole_RoundTrip()
    {
        await using (var context = NewContext())
        {
            var user = new IdentityUser("anne") { NormalizedUserName = "ANNE" };
            var role = new IdentityRole("beheerder") { NormalizedName = "BEHEERDER" };
            context.Users.Add(user);
            context.Roles.Add(role);
            context.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            await context.SaveChangesAsync();
        }

        await using var reader = NewContext();
        var roles = await reader.UserRoles
            .Join(reader.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.UserName, ur.RoleId })
            .Join(reader.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.UserName, r.Name })
            .ToListAsync();

        Assert.Equal("anne", Assert.Single(roles).UserName);
        Assert.Equal("beheerder", roles[0].Name);
    }

    private GeoOpgaveDbContext NewContext() =>
        new GeoOpgaveDbContextFactory(
            (_database ?? throw new InvalidOperationException("InitializeAsync has not run.")).Options
        ).CreateDbContext();

    // Every reading moves a minute on, so entries get distinct, predictable times.
    private sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private int _calls;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(_calls++);
    }
}
