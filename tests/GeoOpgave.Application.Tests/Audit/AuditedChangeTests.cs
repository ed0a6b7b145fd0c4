using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Selecties;
using GeoOpgave.Application.Tests.Import;
using GeoOpgave.Application.Users;
using GeoOpgave.Core.Areas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Audit;

/// <summary>
/// Every audited change writes its entry in the change's own transaction: with a trigger that refuses every audit row,
/// each use case fails and leaves the workspace (and its version) as it was; without it, change and entry land
/// together.
/// </summary>
public sealed class AuditedChangeTests
{
    private const string Road = "LINESTRING (155000 463000, 155500 463500)";
    private const string Password = "Lang-Genoeg-Wachtwoord-42";

    [Fact]
    public async Task ImportAsync_Layer_LayerAndItsEntryLandTogether()
    {
        await using var workspace = new ImportTestWorkspace();

        await ImportRoadsAsync(workspace);

        var entry = Assert.Single(await EntriesAsync(workspace));
        Assert.Equal((AuditActions.LayerImported, "wegen"), (entry.Action, entry.Target));
        Assert.Contains("\"bron\":\"wegen.gpkg\"", entry.DetailsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_AuditRefused_NoLayerAndVersionUnchanged()
    {
        await using var workspace = new ImportTestWorkspace();

        await ImportRefusedAsync(workspace);
    }

    [Fact]
    public async Task ImportAsync_AuditRefusedOnPostgis_NoLayerAndVersionUnchanged()
    {
        await using var workspace = await ImportTestWorkspace.PostgisAsync();

        await ImportRefusedAsync(workspace);
    }

    [Fact]
    public async Task LayerDeleteAsync_AuditRefused_LayerStays()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportRoadsAsync(workspace);
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() =>
            workspace.InScopeAsync(s => s.GetRequiredService<LayerService>().DeleteAsync("wegen", default))
        );

        Assert.Single(await workspace.LayersAsync());
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task ImportAreasAsync_AuditRefused_AreasOfTheYearStay()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU99990000");
        var path = ImportFixtures.GeoPackage(
            workspace.File("wijkenbuurten_2023.gpkg"),
            AreaImportServiceTests.Buurten(("BU03630000", 1200L))
        );
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() => workspace.ImportAreasAsync(path, 2023));

        Assert.Equal(["BU99990000"], (await workspace.AreasAsync(AreaLevel.Buurt, 2023)).Select(a => a.Code));
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task SelectieChanges_AuditRefused_NothingSavedChangedOrDeleted()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU99990000", "BU99990001");
        var kept = await Selecties(workspace, s => s.CreateAsync(new("Kern", null, ["BU99990000"], null), default));
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() =>
            Selecties(workspace, s => s.CreateAsync(new("Rand", null, ["BU99990001"], null), default))
        );
        await RefusedAsync(() =>
            Selecties(workspace, s => s.UpdateAsync(kept.Id, new("Kern", null, ["BU99990001"], null), default))
        );
        await RefusedAsync(() => Selecties(workspace, s => s.DeleteAsync(kept.Id, default)));

        var left = Assert.Single(await Selecties(workspace, s => s.ListAsync(default)));
        Assert.Equal(("Kern", "BU99990000"), (left.Name, Assert.Single(left.Codes)));
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task BindLayerAsync_AuditRefused_NoBinding()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportRoadsAsync(workspace);
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() =>
            workspace.InScopeAsync(s =>
                s.GetRequiredService<IndicatorBindingService>().BindLayerAsync("wegen", "warmtenet_meter_per_ha", default)
            )
        );

        Assert.Empty(
            await workspace.InScopeAsync(s => s.GetRequiredService<IndicatorBindingService>().ListAsync(default))
        );
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task ProfileSaveAsync_AuditRefused_NoVersionStoredNorServed()
    {
        await using var workspace = new ImportTestWorkspace();
        var json = await workspace.InScopeAsync(s =>
            Task.FromResult(s.GetRequiredService<ProfileCatalog>().DocumentOf("vaste-drempels"))
        );
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() =>
            workspace.InScopeAsync(s => s.GetRequiredService<ProfileVersionService>().SaveAsync(json, null, default))
        );

        var listed = await workspace.InScopeAsync(s =>
            s.GetRequiredService<ProfileVersionService>().ListAsync(default)
        );
        Assert.DoesNotContain(listed, p => p.Source == ProfileListing.StoredSource);
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task UserChanges_AuditRefused_AccountsAndRolesStayAsTheyWere()
    {
        await using var workspace = new ImportTestWorkspace();
        Assert.Empty((await Users(workspace, u => u.AddAsync("anne", Password, [UserRoles.Planner], default))).Issues);
        await RefuseAuditAsync(workspace);

        await RefusedAsync(() => Users(workspace, u => u.AddAsync("bert", Password, [UserRoles.Analist], default)));
        await RefusedAsync(() => Users(workspace, u => u.SetRolesAsync("anne", [UserRoles.Beheerder], default)));
        await RefusedAsync(() => Users(workspace, u => u.RemoveAsync("anne", default)));

        var anne = Assert.Single(await Users(workspace, u => u.ListAsync(default)));
        Assert.Equal(("anne", UserRoles.Planner), (anne.Name, Assert.Single(anne.Roles)));
    }

    [Fact]
    public async Task ChangeAsync_NestedChangeWhoseOuterEntryIsRefused_NoAccountAndNoEntry()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.RefuseAuditAsync(AuditActions.SetupLinkUsed);

        // As the setup link does: the account's own change joins the one that records the link's use.
        await RefusedAsync(() => workspace.InScopeAsync(s => s.GetRequiredService<AuditLog>().ChangeAsync(
            _ => s.GetRequiredService<UserService>().AddAsync("anne", Password, [UserRoles.Beheerder], default),
            _ => [new AuditRecord(AuditActions.SetupLinkUsed, "anne")],
            default)));

        Assert.Empty(await Users(workspace, u => u.ListAsync(default)));
        Assert.Empty(await EntriesAsync(workspace));
    }

    [Fact]
    public async Task ChangeAsync_TokenCancelledOnceTheChangeIsMade_ChangeAndEntryStillLand()
    {
        await using var workspace = new ImportTestWorkspace();
        await workspace.SeedBuurtenAsync(2023, [], "BU99990000");
        using var disconnect = new CancellationTokenSource();

        await workspace.InScopeAsync(s =>
            s.GetRequiredService<AuditLog>()
                .ChangeAsync(
                    async ct =>
                    {
                        var saved = await s.GetRequiredService<Storage.Selecties.SelectieStore>()
                            .AddAsync("Kern", "", ["BU99990000"], null, "anne", ct);
                        await disconnect.CancelAsync();
                        return saved;
                    },
                    saved => [new AuditRecord(AuditActions.SelectieSaved, saved.Name)],
                    disconnect.Token
                )
        );

        Assert.Single(await Selecties(workspace, s => s.ListAsync(default)));
        Assert.Equal(AuditActions.SelectieSaved, Assert.Single(await EntriesAsync(workspace)).Action);
    }

    private static async Task ImportRefusedAsync(ImportTestWorkspace workspace)
    {
        var path = ImportFixtures.GeoPackage(workspace.File("wegen.gpkg"), ImportFixtures.Layer("wegen", Road));
        var before = await RefuseAuditAsync(workspace);

        await RefusedAsync(() => workspace.ImportAsync(new ImportRequest(path)));

        Assert.Empty(await workspace.LayersAsync());
        Assert.Equal(0, await workspace.FeatureRowsAsync());
        Assert.Equal(before, await workspace.VersionAsync());
    }

    private static async Task ImportRoadsAsync(ImportTestWorkspace workspace)
    {
        var path = ImportFixtures.GeoPackage(workspace.File("wegen.gpkg"), ImportFixtures.Layer("wegen", Road));
        Assert.True((await workspace.ImportAsync(new ImportRequest(path))).Imported);
    }

    // Returns the workspace version from before the refusal, which a refused change must leave as it is.
    private static async Task<long> RefuseAuditAsync(ImportTestWorkspace workspace)
    {
        await workspace.RefuseAuditAsync();
        return await workspace.VersionAsync();
    }

    private static async Task RefusedAsync(Func<Task> change)
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(change);
        Assert.Contains("audit weg", error.InnerException?.Message, StringComparison.Ordinal);
    }

    private static Task<IReadOnlyList<AuditEntry>> EntriesAsync(ImportTestWorkspace workspace) =>
        workspace.InScopeAsync(s => s.GetRequiredService<AuditLog>().ListAsync(100, default));

    private static Task<T> Selecties<T>(ImportTestWorkspace workspace, Func<SelectieService, Task<T>> action) =>
        workspace.InScopeAsync(s => action(s.GetRequiredService<SelectieService>()));

    private static Task<T> Users<T>(ImportTestWorkspace workspace, Func<UserService, Task<T>> action) =>
        workspace.InScopeAsync(s => action(s.GetRequiredService<UserService>()));
}
