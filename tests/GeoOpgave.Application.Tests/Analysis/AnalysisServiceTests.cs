using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

public class AnalysisServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task Analyse_Demo_ScoresEveryBuurtForEveryOpgave()
    {
        var result = await Analyse(null);

        Assert.Equal("standaard", result.Profile.Id);
        Assert.InRange(result.Buurten.Count, 40, 60);
        Assert.All(result.Buurten, b => Assert.Equal(4, b.Score.Opgaven.Count));
        Assert.Equal("GM9999", Assert.Single(result.Gemeenten).Code);
    }

    [Fact]
    public async Task Analyse_Demo_OpgavenOverlapInSomeBuurtenAndNotInOthers()
    {
        var result = await Analyse(null);

        var overlaps = result.Buurten.Select(b => b.Score.Overlap).ToArray();
        Assert.Contains(overlaps, o => o >= 2);
        Assert.Contains(overlaps, o => o == 0);
        Assert.Contains(result.Buurten, b => b.Score.Koppelkansen.Count > 0);
    }

    [Fact]
    public async Task Analyse_Demo_EveryOpgaveIsUrgentSomewhere()
    {
        var result = await Analyse(null);

        foreach (var opgave in result.Profile.Opgaven)
        {
            Assert.Contains(result.Buurten, b =>
                b.Score.Opgaven.Single(o => o.OpgaveId == opgave.Id).Class == UrgencyClass.Hoog
            );
        }
    }

    [Fact]
    public async Task Analyse_Demo_LayerIndicatorsArrivedPerBuurt()
    {
        var result = await Analyse(null);

        foreach (
            var id in new[]
            {
                "aandeel_energielabel_efg",
                "aandeel_wateroverlast_klasse_3_plus",
                "gemiddelde_gevoelstemperatuur",
            }
        )
        {
            Assert.True(result.Buurten.Count(b => b.Indicators[id] is not null) > result.Buurten.Count / 2, id);
        }

        Assert.All(result.Buurten, b => Assert.InRange(b.Indicators["gemiddelde_gevoelstemperatuur"] ?? 30, 15, 50));
    }

    [Fact]
    public async Task Analyse_UnknownProfiel_ThrowsWithStableCode()
    {
        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() => Analyse("bestaat-niet"));

        Assert.Equal("profiel-onbekend", error.Code);
    }

    [Fact]
    public async Task Build_AnalysisLayer_HasOneFeaturePerBuurtWithStableProperties()
    {
        var result = await Analyse(null);

        var layer = AnalysisLayer.Build(result);

        Assert.Equal(result.Buurten.Count, layer.Features.Count);
        var first = layer.Features[0].Attributes;
        foreach (
            var name in new[]
            {
                "buurtcode",
                "buurtnaam",
                "wijkcode",
                "overlap",
                "bekende_opgaven",
                "urgentie_energie",
                "score_sociaal",
                "koppelkansen",
            }
        )
        {
            Assert.Contains(name, first.GetNames());
        }
    }

    [Fact]
    public async Task Build_AnalysisLayer_BekendeOpgavenCountsTheOpgavenThatAreNotOnbekend()
    {
        var result = await Analyse(null);

        var layer = AnalysisLayer.Build(result);

        Assert.All(layer.Features.Select(f => f.Attributes), a =>
        {
            var known = result.Profile.Opgaven.Count(o => (string)a[$"urgentie_{o.Id}"] != "onbekend");
            Assert.Equal((long)known, a["bekende_opgaven"]);
            Assert.InRange((long)a["overlap"], 0, known);
        });
        Assert.Contains(layer.Features, f => (long)f.Attributes["bekende_opgaven"] < result.Profile.Opgaven.Count);
    }

    private async Task<AnalysisResult> Analyse(string? profiel)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(profiel, CancellationToken.None);
    }
}
