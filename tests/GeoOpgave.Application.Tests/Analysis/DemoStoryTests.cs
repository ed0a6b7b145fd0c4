using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Spatial;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

/// <summary>The overlap map tells the story Demodam was built with: the old centre and the post-war district stand
/// out.</summary>
public class DemoStoryTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    private const string OudeKern = "WK999900";
    private const string Molenwijk = "WK999901";
    private const string Nieuwland = "WK999902";

    [Fact]
    public async Task Run_Demo_OldCentreAndPostWarBuurtenFillTheTopOfThePriority()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        var story = result.Buurten.Where(b => b.Buurt.WijkCode is OudeKern or Molenwijk).ToArray();
        var top = result.Buurten.OrderBy(b => b.Score.PriorityOrder).Take(story.Length).ToArray();
        Assert.Equal(17, story.Length);
        Assert.All(top, b => Assert.Contains(b.Buurt.WijkCode, new[] { OudeKern, Molenwijk }));
        Assert.All(story, b => Assert.True(b.Score.Overlap >= 2, $"{b.Buurt.Name} has overlap {b.Score.Overlap}"));
        // Plas en Park (15 inwoners, 6 woningen) is not ranked (rank 0); every other buurt has its own rank.
        Assert.Equal(
            [0, .. Enumerable.Range(1, result.Buurten.Count - 1)],
            result.Buurten.Select(b => b.Score.PriorityRank).Order()
        );
    }

    [Fact]
    public async Task Run_Demo_NieuwlandHasNoUrgentOpgave()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        var nieuwland = result.Buurten.Where(b => b.Buurt.WijkCode == Nieuwland).ToArray();
        Assert.Equal(10, nieuwland.Length);
        Assert.All(nieuwland, b => Assert.Empty(b.Score.Signature));
        Assert.All(nieuwland, b => Assert.Empty(b.Score.Koppelkansen));
    }

    [Fact]
    public async Task Run_Demo_WijkRollUpPutsTheOldCentreAndMolenwijkInOverlap()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        var wijken = result.RollUp.Wijken.ToDictionary(w => w.Code, StringComparer.Ordinal);
        Assert.Equal(6, wijken.Count);
        Assert.Equal(1, wijken[OudeKern].ShareInOverlap!.Value, 9);
        Assert.Equal(1, wijken[Molenwijk].ShareInOverlap!.Value, 9);
        Assert.Equal(0, wijken[Nieuwland].ShareInOverlap!.Value, 9);
        var gemeente = Assert.Single(result.RollUp.Gemeenten);
        Assert.InRange(gemeente.Population, 95_000, 105_000);
        Assert.Equal(result.Buurten.Sum(b => b.Population ?? 0), gemeente.Population, 6);
    }

    [Fact]
    public async Task Run_Demo_PopulationComesFromAantalInwoners()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        Assert.Equal(2315, result.FindBuurt("BU99990002")!.Population);
        Assert.All(result.Buurten, b => Assert.NotNull(b.Population));
    }

    [Fact]
    public async Task Run_Demo_HotSpotsClusterInTheStoryWijkenAndColdSpotsInNieuwland()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        var hot = result.Buurten.Where(b => b.HotSpot?.Class == HotSpotClass.HotSpot).ToArray();
        var cold = result.Buurten.Where(b => b.HotSpot?.Class == HotSpotClass.ColdSpot).ToArray();
        Assert.True(hot.Length >= 5, $"only {hot.Length} hot spots");
        Assert.All(hot, b => Assert.Contains(b.Buurt.WijkCode, new[] { OudeKern, Molenwijk }));
        Assert.NotEmpty(cold);
        Assert.All(cold, b => Assert.Equal(Nieuwland, b.Buurt.WijkCode));
        Assert.All(result.Buurten.Where(b => b.Score.CombinedScore is not null), b =>
            Assert.InRange(b.HotSpot!.P!.Value, 0, 1)
        );
    }

    [Fact]
    public async Task Run_FalseDiscoveryRate_NeverFindsMoreHotSpotsThanRawPValues()
    {
        var raw = await RunAsync(
            new AnalysisRequest(null) { HotSpots = new HotSpotOptions(FalseDiscoveryRate: false) }
        );
        var fdr = await RunAsync(new AnalysisRequest(null));

        int Significant(AnalysisResult r) =>
            r.Buurten.Count(b => b.HotSpot?.Class is HotSpotClass.HotSpot or HotSpotClass.ColdSpot);
        Assert.True(fdr.HotSpotOptions.FalseDiscoveryRate);
        Assert.InRange(Significant(fdr), 1, Significant(raw));
        Assert.All(fdr.Buurten.Where(b => b.HotSpot!.P is not null), b =>
            Assert.True(b.HotSpot!.AdjustedP >= b.HotSpot.P - 1e-12)
        );
    }

    [Fact]
    public async Task Build_AnalysisLayer_CarriesPriorityCombinedScoreAndHotSpot()
    {
        var result = await RunAsync(new AnalysisRequest(null));

        var layer = AnalysisLayer.Build(result);

        // Oranjebuurt (Molenwijk) has all four opgaven urgent; Kerkbuurt (Oude Kern) follows with three.
        var first = layer.Features.Single(f => f.Attributes["prioriteit"] is 1L).Attributes;
        var kerkbuurt = layer.Features.Single(f => (string)f.Attributes["buurtcode"] == "BU99990002").Attributes;
        Assert.Equal(
            ("BU99990106", 4L),
            (
                (string)first["buurtcode"],
                Convert.ToInt64(first["overlap"], System.Globalization.CultureInfo.InvariantCulture)
            )
        );
        Assert.InRange((long)kerkbuurt["prioriteit"], 2L, 3L);
        Assert.InRange((double)kerkbuurt["gecombineerde_score"], 65, 100);
        Assert.Contains((string)kerkbuurt["hotspot"], new[] { "hotspot", "niet-significant" });
    }

    private async Task<AnalysisResult> RunAsync(AnalysisRequest request)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .RunAsync(request, CancellationToken.None);
    }
}
