using GeoOpgave.Application.Import;
using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Tests.Import;
using GeoOpgave.Core.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

/// <summary>
/// The first analysis after a write reads again only what may have changed: a table import leaves the areas (and their
/// geometry) as they were loaded, a new kaart replaces them.
/// </summary>
public sealed class AnalysisAfterWriteTests
{
    [Fact]
    public async Task Analyse_AfterATableImport_KeepsTheLoadedAreasAndScoresTheNewValues()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportKaartAsync(workspace);
        var before = await workspace.AnalyseAsync();

        await ImportGasAsync(workspace, 1800);
        var after = await workspace.AnalyseAsync();

        Assert.Same(before.Buurten[0].Buurt, after.Buurten[0].Buurt);
        Assert.Null(before.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
        Assert.Equal(1800, after.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
    }

    [Fact]
    public async Task Analyse_AfterATableImport_ResolvesOnlyTheIndicatorsOfThatTable()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportKaartAsync(workspace);
        var kaart = await workspace.AnalyseAsync();

        await ImportGasAsync(workspace, 1800);
        var gas = await workspace.AnalyseAsync();
        await ImportGasAsync(workspace, 700, "gas2024.csv");
        var gasAgain = await workspace.AnalyseAsync();

        // The kaart's inhabitants were not touched by either import: their column is the one resolved first.
        Assert.Same(
            kaart.Indicators!.Column(KerncijferIds.AantalInwoners),
            gas.Indicators!.Column(KerncijferIds.AantalInwoners)
        );
        Assert.Same(
            kaart.Indicators.Column(KerncijferIds.AantalInwoners),
            gasAgain.Indicators!.Column(KerncijferIds.AantalInwoners)
        );
        Assert.NotSame(
            gas.Indicators.Column("gemiddeld_gasverbruik_totaal"),
            gasAgain.Indicators.Column("gemiddeld_gasverbruik_totaal")
        );
        Assert.Equal(1200, gasAgain.Buurten[0].Population);
        Assert.Equal(700, gasAgain.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
        Assert.Equal(700, gasAgain.Buurten[0].Observations["gemiddeld_gasverbruik_totaal"].Value);
    }

    [Fact]
    public async Task Analyse_AfterATableImport_ScoresAgainOnlyTheOpgavenOfItsIndicators()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportKaartAsync(workspace);
        await ImportGasAsync(workspace, 1800);
        var gas = await workspace.AnalyseAsync();

        await ImportGasAsync(workspace, 700, "gas2024.csv");
        var gasAgain = await workspace.AnalyseAsync();

        var opgaven = gas.Profile.Opgaven;
        var usesGas = opgaven
            .Select(o => o.Indicators.Any(i => i.IndicatorId == "gemiddeld_gasverbruik_totaal"))
            .ToArray();
        Assert.Contains(true, usesGas);
        Assert.Contains(false, usesGas);
        Assert.Same(gas.Normalised!.Ranking, gasAgain.Normalised!.Ranking);
        for (var o = 0; o < opgaven.Count; o++)
        {
            var (before, after) = (gas.Buurten[0].Score.Opgaven[o], gasAgain.Buurten[0].Score.Opgaven[o]);
            if (usesGas[o])
            {
                Assert.NotSame(before, after);
            }
            else
            {
                Assert.Same(before, after);
            }
        }
    }

    [Fact]
    public async Task Analyse_AfterTheTableIsDeletedOrReplaced_ForgetsItsValues()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportKaartAsync(workspace);
        await ImportGasAsync(workspace, 1800);
        var imported = await workspace.AnalyseAsync();

        await workspace.InScopeAsync(s =>
            s.GetRequiredService<LayerService>().DeleteAsync("gas", CancellationToken.None)
        );
        var deleted = await workspace.AnalyseAsync();
        // The same source name again, with other figures: its stamp moves, so the cache reads it anew.
        await ImportGasAsync(workspace, 700);
        var replaced = await workspace.AnalyseAsync();

        Assert.Equal(1800, imported.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
        Assert.Null(deleted.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
        Assert.Equal(700, replaced.Buurten[0].Indicators["gemiddeld_gasverbruik_totaal"]);
    }

    [Fact]
    public async Task Analyse_AfterANewKaart_ReadsTheNewAreas()
    {
        await using var workspace = new ImportTestWorkspace();
        await ImportKaartAsync(workspace);
        var before = await workspace.AnalyseAsync();

        // The same count of buurten, other codes: only the stamp's row ids tell the two kaarten apart.
        await workspace.ImportAreasAsync(
            ImportFixtures.GeoPackage(
                workspace.File("kaart2.gpkg"),
                AreaImportServiceTests.Buurten(("BU03630002", 1200L), ("BU03630003", 900L))
            ),
            2024
        );
        var after = await workspace.AnalyseAsync();

        Assert.Equal(["BU03630000", "BU03630001"], before.Buurten.Select(b => b.Buurt.Code));
        Assert.Equal(["BU03630002", "BU03630003"], after.Buurten.Select(b => b.Buurt.Code));
    }

    private static Task ImportKaartAsync(ImportTestWorkspace workspace) =>
        workspace.ImportAreasAsync(
            ImportFixtures.GeoPackage(
                workspace.File("kaart.gpkg"),
                AreaImportServiceTests.Buurten(("BU03630000", 1200L), ("BU03630001", 900L))
            ),
            2024
        );

    // A table (by default "gas") of 2024 with the first buurt's gas use.
    private static async Task ImportGasAsync(ImportTestWorkspace workspace, int first, string file = "gas.csv")
    {
        var table = workspace.File(file);
        await File.WriteAllTextAsync(
            table,
            $"buurtcode;gemiddeld_gasverbruik_totaal\nBU03630000;{first}\nBU03630001;1100\n"
        );
        await workspace.ImportAsync(new ImportRequest(table) { CodeColumn = "buurtcode", Year = 2024 });
    }
}
