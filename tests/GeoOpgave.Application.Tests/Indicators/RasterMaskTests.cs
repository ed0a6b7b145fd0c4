using GeoOpgave.Application.Indicators;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.GeoTiff;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Indicators;

/// <summary>A raster share within a mask: each buurt counts only its part inside the mask's polygons.</summary>
public class RasterMaskTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    private const string Heat = "hittestress_gevoelstemperatuur_demodam";
    private const string Zones = "wateroverlast_zones_demodam";
    private const string Share = "aandeel_gevoelstemperatuur_35_plus";

    [Fact]
    public async Task Compute_RasterBoundWithAMask_SharesOfTheMaskedPartOnly()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var workspace = services.GetRequiredService<WorkspaceStore>();
        var layers = services.GetRequiredService<LayerStore>();
        var whole = await ValuesAsync(workspace);

        await services.GetRequiredService<IndicatorBindingService>().BindLayerAsync(Heat, Share, default, Zones);
        var computed = await services.GetRequiredService<IndicatorComputeService>().ComputeAsync(
            new IndicatorComputeRequest(null, IndicatorEngine.Dotnet, null) { IndicatorIds = [Share] }, default);
        var masked = await ValuesAsync(workspace);

        // The same answer as the Core operations on the stored zones and the demo's GeoTIFF.
        var buurten = await workspace.GetAreasAsync(AreaLevel.Buurt, 2024, default);
        var zones = await layers.GetFeaturesAsync((await layers.FindLayerAsync(Zones, default))!.Id, default);
        var raster = GeoTiffReader.Read(Path.Combine(AppContext.BaseDirectory, "data", "demo", $"{Heat}.tif")).Value!;
        var (clipped, _) = MaskAreas.Run(buurten, zones.Select(z => z.Geometry));
        var expected = AggregateRaster
            .Run(clipped, raster, new AggregateRasterParameters { Coverage = RasterCoverage.Exact, Threshold = 35 })
            .Statistics.ToDictionary(s => s.AreaCode, s => s.ThresholdShare * 100);

        Assert.Contains(
            "binnen de vlakken van laag wateroverlast_zones_demodam",
            Assert.Single(computed).Method,
            StringComparison.Ordinal
        );
        Assert.InRange(clipped.Count, 1, buurten.Count - 1);
        foreach (var buurt in buurten)
        {
            var want = expected.GetValueOrDefault(buurt.Code);
            Assert.Equal(want is null, masked[buurt.Code] is null);
            Assert.Equal(want ?? 0, masked[buurt.Code] ?? 0, 9);
        }

        Assert.Contains(buurten, b => masked[b.Code] is { } m && whole[b.Code] is { } w && Math.Abs(m - w) > 1);
    }

    [Theory]
    [InlineData(Heat, "energielabels_demodam", "vlakkenlaag")]
    [InlineData("warmtenet_demodam", Zones, "geen raster")]
    [InlineData(Heat, "bestaat_niet", "bestaat niet")]
    public async Task Bind_MaskThatCannotMask_RefusedAndNothingStored(string layer, string mask, string message)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var bindings = scope.ServiceProvider.GetRequiredService<IndicatorBindingService>();
        var before = await bindings.ListAsync(default);

        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            bindings.BindLayerAsync(layer, Share, default, mask)
        );

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await bindings.ListAsync(default));
    }

    private static async Task<Dictionary<string, double?>> ValuesAsync(WorkspaceStore workspace) =>
        (await workspace.GetIndicatorValuesBySourceAsync(Heat, default))
            .Where(v => v.IndicatorId == Share && v.Year == 2024)
            .ToDictionary(v => v.AreaCode, v => v.Value);
}
