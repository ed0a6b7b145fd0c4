using System.Text.Json;
using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GeoOpgave.Storage.Tests.Audit;

/// <summary>The audit log and the Identity tables every provider must have; each derived class runs these on its own engine.</summary>
public abstract class AuditLogStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
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
    public async Task AppendAsync_TwoEntries_ListNewestFirstWithTimeFromTheTimeProvider()
    {
        var time = new SteppingTimeProvider(Noon);
        await using (var context = NewContext())
        {
            var store = new AuditLogStore(context, time);
            await store.AppendAsync("anne", "laag.geimporteerd", "wegen", new Dictionary<string, object?> { ["id"] = 7 }, default);
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
        new GeoOpgaveDbContextFactory((_database ?? throw new InvalidOperationException("InitializeAsync has not run.")).Options).CreateDbContext();

    // Every reading moves a minute on, so entries get distinct, predictable times.
    private sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
    {
        private int _calls;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(_calls++);
    }
}
