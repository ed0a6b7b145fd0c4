using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Tests.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Indicators;

public sealed class IndicatorComputeServiceTests
{
    [Fact]
    public async Task ComputeAsync_DotnetOnSqlite_StoresValuesWithProvenanceBumpsVersionAndAudits()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        var before = await workspace.VersionAsync();

        var results = await workspace.ComputeAsync(IndicatorEngine.Dotnet);

        var values = await workspace.ValuesAsync();
        // The test definitions and the five of the standaard profile it is built on.
        Assert.Equal(IndicatorTestWorkspace.Definitions.Length + 5, results.Count);
        Assert.Contains(results, r => r.IndicatorId == "aandeel_energielabel_efg" && r.Known > 40);
        Assert.Contains(
            "bestaat_niet",
            Assert.Single(results, r => r.Skipped is not null).Skipped,
            StringComparison.Ordinal
        );
        Assert.Equal(4_904 - 5, values.Where(v => v.Key.Indicator == "t_labels_count").Sum(v => v.Value!.Value));
        Assert.All(values.Where(v => v.Key.Indicator == "t_flood_share"), v => Assert.InRange(v.Value!.Value, 0, 100));
        Assert.Contains(values, v => v.Key.Indicator == "t_net_transport_ha" && v.Value > 0);
        Assert.All(values.Where(v => v.Key.Indicator == "t_heat_mean"), v => Assert.InRange(v.Value!.Value, 25, 38));
        Assert.True(await workspace.VersionAsync() >= before + results.Count(r => r.Skipped is null));
        await using var scope = workspace.Services.CreateAsyncScope();
        var provenance = await scope
            .ServiceProvider.GetRequiredService<IndicatorComputeService>()
            .ListProvenanceAsync(2024, default);
        var share = Assert.Single(provenance, p => p.IndicatorId == "t_labels_share");
        Assert.Equal(("energielabels_demodam", "dotnet", 2024), (share.LayerName, share.Engine, share.Year));
        Assert.Contains("energielabel E, F of G", share.Method, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, share.ComputedAt.Offset);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditLog>().ListAsync(100, default);
        // Once when the demo loaded (it computes every definition on its layers), once now.
        Assert.Equal(
            2 * results.Count(r => r.Skipped is null),
            audit.Count(a => a.Action == AuditActions.IndicatorComputed)
        );
    }

    [Fact]
    public async Task ComputeAsync_AuditRefused_ValuesProvenanceAndVersionStayAsTheyWere()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        await AuditRefusal.InstallAsync(workspace.Services);
        var (before, provenance) = (await workspace.VersionAsync(), await ProvenanceAsync(workspace));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => workspace.ComputeAsync(IndicatorEngine.Dotnet));

        // A computation that landed would have replaced the provenance (a new time) of the indicator it computed first.
        Assert.Contains("audit weg", error.InnerException?.Message, StringComparison.Ordinal);
        Assert.NotEmpty(provenance);
        Assert.Equal(provenance, await ProvenanceAsync(workspace));
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task ListProvenanceAsync_AfterTheDemoIsLoadedAgain_ForgetsTheReplacedValues()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        await workspace.ComputeAsync(IndicatorEngine.Dotnet);
        await using var scope = workspace.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IndicatorComputeService>();
        Assert.NotEmpty(await service.ListProvenanceAsync(null, default));

        var reloaded = DateTimeOffset.UtcNow.AddSeconds(-1);

        await scope
            .ServiceProvider.GetRequiredService<Application.Workspace.WorkspaceInitializer>()
            .LoadDemoAsync(default);

        // Loading the demo again computes its indicators again: no provenance of the replaced values is left.
        var provenance = await service.ListProvenanceAsync(null, default);
        Assert.NotEmpty(provenance);
        Assert.All(provenance, p => Assert.True(p.ComputedAt >= reloaded, $"{p.IndicatorId} {p.ComputedAt:O}"));
    }

    [Fact]
    public async Task ComputeAsync_PostgisEngineOnSqlite_RejectedWithoutChange()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        var before = await workspace.VersionAsync();
        var valuesBefore = await workspace.ValuesAsync();

        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() => workspace.ComputeAsync(IndicatorEngine.Postgis));

        Assert.Equal("engine-geen-postgis", error.Code);
        Assert.Equal(before, await workspace.VersionAsync());
        Assert.Equal(valuesBefore, await workspace.ValuesAsync());
    }

    [Theory]
    [InlineData("aandeel_wateroverlast_hoog")]
    [InlineData("aantal_inwoners")]
    public async Task ComputeAsync_AnIndicatorTheProfielDoesNotComputeFromALayer_RefusedNamingThoseItDoes(string id)
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: false);
        var before = await workspace.VersionAsync();
        await using var scope = workspace.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IndicatorComputeService>();

        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() => service.ComputeAsync(
            new IndicatorComputeRequest(null, IndicatorEngine.Dotnet, null) { IndicatorIds = ["t_labels_count", id] },
            default
        ));

        Assert.Equal("parameter-ongeldig", error.Code);
        Assert.Contains($"'{id}' niet uit een laag", error.Message, StringComparison.Ordinal);
        Assert.Contains("t_labels_count", error.Message, StringComparison.Ordinal);
        Assert.False(service.ComputesFromLayer(null, id));
        Assert.True(service.ComputesFromLayer(null, "t_labels_count"));
        Assert.Equal(before, await workspace.VersionAsync());
    }

    [Fact]
    public async Task ComputeAsync_BothEnginesOnTheDemoLayersInPostgis_StoreTheSameValues()
    {
        await using var workspace = await IndicatorTestWorkspace.CreateAsync(postgis: true);

        await workspace.ComputeAsync(IndicatorEngine.Dotnet);
        var dotnet = await workspace.ValuesAsync();
        var results = await workspace.ComputeAsync(IndicatorEngine.Postgis);
        var postgis = await workspace.ValuesAsync();

        Assert.Equal(11 * 48, dotnet.Count);
        Assert.Equal(dotnet.Keys.Order(), postgis.Keys.Order());
        foreach (var (key, expected) in dotnet)
        {
            var actual = postgis[key];
            Assert.True(expected is null == actual is null, $"{key}: {expected} vs {actual}");
            if (expected is { } e && actual is { } a)
            {
                Assert.True(Math.Abs(e - a) <= (1e-6 * Math.Max(Math.Abs(e), Math.Abs(a))) + 1e-9, $"{key}: {e} ≠ {a}");
            }
        }

        Assert.All(results.Where(r => r.Skipped is null), r => Assert.Equal(48, r.Buurten));
        await using var scope = workspace.Services.CreateAsyncScope();
        var provenance = await scope
            .ServiceProvider.GetRequiredService<IndicatorComputeService>()
            .ListProvenanceAsync(null, default);
        Assert.All(provenance.Where(p => p.IndicatorId.StartsWith("t_", StringComparison.Ordinal)), p =>
            Assert.Equal(p.IndicatorId == "t_heat_mean" ? "dotnet" : "postgis", p.Engine)
        );
    }

    private static async Task<IReadOnlyList<Core.Indicators.IndicatorProvenance>> ProvenanceAsync(
        IndicatorTestWorkspace workspace
    )
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<IndicatorComputeService>()
            .ListProvenanceAsync(null, default);
    }
}
