using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Profiles;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Tests.Audit;

/// <summary>
/// Every store's write joins the transaction of an audited change (<see cref="AuditLogStore.BeginChangeAsync"/>): when
/// the database refuses the audit row, the write is gone too and the workspace version did not move. Each derived class
/// runs these on its own engine, with a trigger that refuses every insert into audit_log.
/// </summary>
public abstract class AuditedChangeTests : MigratedDatabaseTest
{
    private const int Year = 2024;

    /// <summary>Installs (again) a trigger that refuses every new audit row with the message "audit weg".</summary>
    protected abstract string RefuseAuditSql { get; }

    [Fact]
    public async Task SelectieAdd_AuditAccepted_SelectieAndEntryLandAndVersionMovesOnce()
    {
        var before = await VersionAsync();

        await ChangeAsync(db =>
            new SelectieStore(db, TimeProvider.System).AddAsync("kern", "", ["BU99990001"], null, "anne", default)
        );

        await using var reader = NewContext();
        Assert.Single(await new SelectieStore(reader, TimeProvider.System).ListAsync(default));
        Assert.Equal(
            "selectie.opgeslagen",
            Assert.Single(await new AuditLogStore(reader, TimeProvider.System).ListAsync(10, default)).Action
        );
        Assert.Equal(before + 1, await VersionAsync());
    }

    [Fact]
    public async Task SelectieAdd_AuditRefused_NoSelectieAndVersionUnchanged()
    {
        var before = await VersionAsync();

        await RefusedAsync(db =>
            new SelectieStore(db, TimeProvider.System).AddAsync("kern", "", ["BU99990001"], null, "anne", default)
        );

        await using var reader = NewContext();
        Assert.Empty(await new SelectieStore(reader, TimeProvider.System).ListAsync(default));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task SelectieUpdateAndDelete_AuditRefused_SelectieStaysAsItWas()
    {
        await using var setup = NewContext();
        var saved = await new SelectieStore(setup, TimeProvider.System).AddAsync(
            "kern",
            "",
            ["BU99990001"],
            null,
            "anne",
            default
        );
        var before = await VersionAsync();

        await RefusedAsync(db =>
            new SelectieStore(db, TimeProvider.System).UpdateAsync(saved.Id, "rand", "", ["BU99990002"], null, default)
        );
        await RefusedAsync(db => new SelectieStore(db, TimeProvider.System).DeleteAsync(saved.Id, default));

        await using var reader = NewContext();
        var kept = await new SelectieStore(reader, TimeProvider.System).GetAsync(saved.Id, default);
        Assert.Equal("kern", kept!.Name);
        Assert.Equal(["BU99990001"], kept.Codes);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task LayerAdd_AuditRefused_NoLayerNoFeaturesAndVersionUnchanged()
    {
        var before = await VersionAsync();

        await RefusedAsync(db =>
            new LayerStore(db, TimeProvider.System).AddLayerAsync(Vector("wegen"), [Feature()], default)
        );

        await using var reader = NewContext();
        Assert.Empty(await new LayerStore(reader, TimeProvider.System).ListLayersAsync(default));
        Assert.Equal(0, await reader.LayerFeatures.CountAsync());
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task LayerDelete_AuditRefused_LayerAndFeaturesStay()
    {
        await using var setup = NewContext();
        var layer = await new LayerStore(setup, TimeProvider.System).AddLayerAsync(
            Vector("wegen"),
            [Feature()],
            default
        );
        var before = await VersionAsync();

        await RefusedAsync(db => new LayerStore(db, TimeProvider.System).DeleteLayerAsync(layer.Id, default));

        await using var reader = NewContext();
        Assert.Single(await new LayerStore(reader, TimeProvider.System).GetFeaturesAsync(layer.Id, default));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task WorkspaceReplace_AuditRefused_AreasOfTheYearStay()
    {
        await using var setup = NewContext();
        await new WorkspaceStore(setup).ReplaceWorkspaceAsync([TestAreas.Buurt("BU99990001", Year)], [], default);
        var before = await VersionAsync();

        await RefusedAsync(db =>
            new WorkspaceStore(db).ReplaceWorkspaceAsync([TestAreas.Buurt("BU99990002", Year)], [], default)
        );

        await using var reader = NewContext();
        var buurten = await new WorkspaceStore(reader).GetAreasAsync(Core.Areas.AreaLevel.Buurt, Year, default);
        Assert.Equal(["BU99990001"], buurten.Select(b => b.Code));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task IndicatorBind_AuditRefused_NoBindingNoValues()
    {
        var before = await VersionAsync();
        var value = new IndicatorValue("BU99990001", "aandeel_groen", Year, 12.5) { Source = "groen" };

        await RefusedAsync(db =>
            new IndicatorBindingStore(db, TimeProvider.System).BindAsync(
                new IndicatorBinding("aandeel_groen", "groen", "a"),
                [value],
                default
            )
        );

        await using var reader = NewContext();
        Assert.Empty(await new IndicatorBindingStore(reader, TimeProvider.System).ListAsync(default));
        Assert.Equal(0, await reader.IndicatorValues.CountAsync());
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task DerivedReplace_AuditRefused_NoValuesNoProvenance()
    {
        var before = await VersionAsync();
        var provenance = new IndicatorProvenance(
            "aandeel_groen",
            Year,
            "groen",
            "aandeel",
            "dotnet",
            DateTimeOffset.UnixEpoch
        );

        await RefusedAsync(db =>
            new DerivedIndicatorStore(db).ReplaceAsync(
                [new IndicatorValue("BU99990001", "aandeel_groen", Year, 12.5)],
                provenance,
                default
            )
        );

        await using var reader = NewContext();
        Assert.Empty(await new DerivedIndicatorStore(reader).ListProvenanceAsync(null, default));
        Assert.Equal(0, await reader.IndicatorValues.CountAsync());
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task ProfileVersionAdd_AuditRefused_NoVersionStored()
    {
        var before = await VersionAsync();

        await RefusedAsync(db =>
            new ProfileVersionStore(db, TimeProvider.System).AddAsync(
                "eigen",
                1,
                v => $$"""{"version":{{v}}}""",
                "",
                "anne",
                default
            )
        );

        await using var reader = NewContext();
        Assert.Empty(await new ProfileVersionStore(reader, TimeProvider.System).ListAsync(default));
        Assert.Equal(before, await VersionAsync());
    }

    private async Task ChangeAsync(Func<GeoOpgaveDbContext, Task> write)
    {
        var db = NewContext();
        var audit = new AuditLogStore(db, TimeProvider.System);
        await using var transaction = await audit.BeginChangeAsync(default);
        await write(db);
        await audit.AppendAsync("anne", "selectie.opgeslagen", "doel", null, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task RefusedAsync(Func<GeoOpgaveDbContext, Task> write)
    {
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(RefuseAuditSql);
        }

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => ChangeAsync(write));
        Assert.Contains("audit weg", error.InnerException?.Message, StringComparison.Ordinal);
    }

    private async Task<long> VersionAsync()
    {
        await using var db = NewContext();
        return await WorkspaceVersion.ReadAsync(db, default);
    }

    private static NewLayer Vector(string name) =>
        new(
            name,
            LayerKind.Vector,
            "wegen.geojson",
            "Point",
            new Envelope(155000, 155000, 463000, 463000),
            "[]",
            "{}",
            Year
        );

    private static LayerFeature Feature() => new(0, TestAreas.Read("POINT (155000 463000)"), null);
}
