using System.Globalization;
using System.Text.Json.Nodes;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Storage.Layers;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Workspace;

/// <summary>
/// The demo goes the route a real gemeente goes (stored layers, indicator definitions) and gives the analysis the
/// demo gave before that route existed: Fixtures/demo_analysis_before_single_route.csv was written by the old loader.
/// </summary>
public class DemoSingleRouteTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    // Only vaste-drempels still scores as it did then: standaard was recalibrated afterwards (#14), which moves its
    // scores and classes on purpose, so its rows in the fixture no longer describe it.
    [Theory]
    [InlineData("vaste-drempels")]
    public async Task Analyse_DemoThroughStoredLayers_SameAsBeforeTheSingleRoute(string profiel)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        // The fixture predates the ranking base (#14), which leaves Plas en Park (15 inwoners) out on purpose: score
        // the same profile with every buurt ranked, as then.
        var document = JsonNode
            .Parse(scope.ServiceProvider.GetRequiredService<ProfileCatalog>().DocumentOf(profiel))!
            .AsObject();
        document["rankingBase"] = new JsonObject
        {
            ["minimumResidents"] = 0,
            ["minimumDwellings"] = 0,
            ["maximumWaterShare"] = 1,
        };
        var saved = await scope
            .ServiceProvider.GetRequiredService<ProfileVersionService>()
            .SaveAsync(document.ToJsonString(), "iedereen gerangschikt", default);
        var result = await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(saved.Saved!.Id, default);

        var expected = File.ReadLines(
                Path.Combine(AppContext.BaseDirectory, "Fixtures", "demo_analysis_before_single_route.csv")
            )
            .Skip(1)
            .Select(l => l.Split(';'))
            .Where(f => f[0] == profiel)
            .ToList();
        Assert.Equal(expected.Count, result.Buurten.Count);
        foreach (var row in expected)
        {
            var buurt = result.FindBuurt(row[1])!;
            Assert.Equal(int.Parse(row[2], CultureInfo.InvariantCulture), buurt.Score.Overlap);
            for (var i = 0; i < 4; i++)
            {
                var score = buurt.Score.Opgaven[i];
                Assert.Equal(row[3 + (2 * i)], AnalysisLayer.ClassName(score.Class));
                // Exact cell coverage of the heat raster (the old loader counted cell centres) moves a score by < 0.05.
                var before = row[4 + (2 * i)];
                if (before.Length == 0)
                {
                    Assert.Null(score.Score);
                    continue;
                }

                Assert.Equal(
                    double.Parse(before, CultureInfo.InvariantCulture),
                    Math.Round(score.Score!.Value, 2),
                    0.05
                );
            }
        }
    }

    [Fact]
    public async Task Demo_LayersAreStoredAndTheirIndicatorsHaveProvenance()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var layers = await scope.ServiceProvider.GetRequiredService<LayerStore>().ListLayersAsync(default);
        var provenance = await scope
            .ServiceProvider.GetRequiredService<IndicatorComputeService>()
            .ListProvenanceAsync(2024, default);

        Assert.Equal(
            [
                "energielabels_demodam",
                "grp_riolering_demodam",
                "herinrichting_demodam",
                "hittestress_gevoelstemperatuur_demodam",
                "renovatie_corporatie_demodam",
                "warmtenet_demodam",
                "warmtenet_uitbreiding_demodam",
                "wateroverlast_zones_demodam",
            ],
            layers.Select(l => l.Name));
        Assert.Equal(
            [
                "grp_riolering_demodam",
                "herinrichting_demodam",
                "renovatie_corporatie_demodam",
                "warmtenet_uitbreiding_demodam",
            ],
            layers.Where(l => l.Kind == LayerKind.Werken).Select(l => l.Name)
        );
        Assert.Equal(
            [
                "aandeel_energielabel_efg",
                "aandeel_gevoelstemperatuur_35_plus",
                "aandeel_wateroverlast_klasse_3_plus",
                "gemiddelde_gevoelstemperatuur",
                "warmtenet_meter_per_ha",
            ],
            provenance.Select(p => p.IndicatorId)
        );
        Assert.All(provenance, p => Assert.Equal("dotnet", p.Engine));
    }

    [Fact]
    public async Task Analyse_DemoValues_CarryTheirYearAndLayer()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AnalysisService>().AnalyseAsync(null, default);

        var kerkbuurt = result.FindBuurt("BU99990002")!;
        Assert.Equal(2024, kerkbuurt.Observations["gemiddeld_gasverbruik_totaal"].Year);
        Assert.Equal("energielabels_demodam", kerkbuurt.Observations["aandeel_energielabel_efg"].Source);
        Assert.Contains(result.Buurten, b => b.Score.Opgaven.Any(o => o.Class == UrgencyClass.Hoog));
    }
}
