using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Agenda;

public class AgendaServiceTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    private const string EnergyLabelsEfg = "aandeel_energielabel_efg";

    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_Kerkbuurt_NamesEachUrgentOpgaveWithADutchSentence()
    {
        var agenda = await BuildAsync("BU99990002");

        var buurt = Assert.Single(agenda.Buurten);
        Assert.Equal("Gebiedsagenda Kerkbuurt", agenda.Title);
        Assert.True(buurt.Overlap >= 2);
        foreach (var opgave in agenda.Opgaven.Where(o => o.UrgentBuurten == 1))
        {
            var explanation = Assert.Single(opgave.Explanations);
            Assert.Equal("hoog", explanation.Class);
            Assert.StartsWith(
                $"In Kerkbuurt is {DutchText.OpgaveNoun(opgave.Id, opgave.Name)} urgent (score ",
                explanation.Sentence,
                StringComparison.Ordinal
            );
            Assert.Equal(explanation.Score!.Value, explanation.Indicators.Sum(i => i.Contribution ?? 0), 9);
        }

        Assert.Equal(buurt.Overlap, agenda.Opgaven.Count(o => o.UrgentBuurten == 1));
        Assert.Contains("Kerkbuurt", agenda.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Kerkbuurt_CarriesProfileVersionYearAndTheHostsClock()
    {
        var agenda = await BuildAsync("BU99990002");

        Assert.Equal(("standaard", 1, 2024), (agenda.Profiel.Id, agenda.Profiel.Version, agenda.Year));
        Assert.Equal(Now, agenda.GeneratedAt);
        Assert.Equal(2315, agenda.Population);
        Assert.Equal(new AgendaArea("BU99990002", "Kerkbuurt", "buurt", 1), Assert.Single(agenda.Areas));
    }

    [Fact]
    public async Task Build_Kerkbuurt_ComparesIndicatorsWithTheGemeenteAverage()
    {
        var agenda = await BuildAsync("BU99990002");

        var gas = agenda.Indicators.Single(i => i.Id == "gemiddeld_gasverbruik_totaal");
        Assert.Equal(new[] { "energie" }, gas.Opgaven);
        Assert.True(gas.Value > gas.GemeenteAverage, $"{gas.Value} vs {gas.GemeenteAverage}");
        Assert.Equal(gas.Value - gas.GemeenteAverage, gas.Difference);
        Assert.EndsWith(" m³ (2024)", gas.FormattedValue, StringComparison.Ordinal);
        // The default profile counts each indicator in one opgave only (#14).
        var bouwjaar = agenda.Indicators.Single(i => i.Id == "percentage_bouwjaarklasse_tot_2000");
        Assert.Equal(new[] { "energie" }, bouwjaar.Opgaven);
    }

    [Fact]
    public async Task Build_OudeKern_ListsKoppelkansenWithRationaleAndBuurtCount()
    {
        var agenda = await BuildAsync("WK999900");

        Assert.Equal(7, agenda.BuurtCount);
        Assert.Equal(agenda.Buurten.Sum(b => b.Population ?? 0), agenda.Population);
        Assert.Equal(1, agenda.ShareInOverlap);
        Assert.NotEmpty(agenda.Koppelkansen);
        Assert.All(agenda.Koppelkansen, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.Rationale));
            Assert.Equal(k.Buurten.Count, k.BuurtCount);
            Assert.All(k.Buurten, code => Assert.Contains(code, agenda.Buurten.Select(b => b.Code)));
        });
        var isoleren = agenda.Koppelkansen.Single(k => k.Id == "isoleren-en-vergroenen");
        Assert.Equal(agenda.Buurten.Count(b => b.Koppelkansen.Contains("isoleren-en-vergroenen")), isoleren.BuurtCount);
        Assert.Equal(
            agenda.Buurten.OrderBy(b => b.PriorityRank).Select(b => b.Code),
            agenda.Buurten.Select(b => b.Code)
        );
    }

    [Fact]
    public async Task Build_Nieuwland_HasNoUrgentOpgavenOrKoppelkansen()
    {
        var agenda = await BuildAsync("WK999902");

        Assert.Equal(10, agenda.BuurtCount);
        Assert.Equal(10, agenda.Overlap[0].Buurten);
        Assert.Empty(agenda.Koppelkansen);
        Assert.All(agenda.Opgaven, o => Assert.Empty(o.Explanations));
        Assert.Equal("In Nieuwland heeft geen van de 10 buurten twee of meer urgente opgaven.", agenda.Summary);
    }

    [Fact]
    public async Task Build_BuurtWhereAlmostNobodyLives_IsNotRankedAndSaysWhy()
    {
        var agenda = await BuildAsync("BU99990209");

        var buurt = Assert.Single(agenda.Buurten);
        Assert.Equal("minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen)", buurt.NotRankedReason);
        Assert.Equal((0, 0), (buurt.KnownOpgaven, buurt.PriorityRank));
        Assert.All(buurt.Opgaven, o => Assert.Equal("onbekend", o.Class));
        Assert.Equal(
            "Plas en Park is niet gerangschikt: minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen). Zulke buurten tellen "
                + "niet mee in de percentielen en de prioriteit.",
            agenda.Summary
        );
    }

    [Fact]
    public async Task Build_Wijk_WeightsAShareOfHouseholdsByHouseholdsAsCbsDoes()
    {
        const string LowIncome = "percentage_huishoudens_met_laag_inkomen";
        var agenda = await BuildAsync("WK999900");
        await using var scope = demo.Services.CreateAsyncScope();
        var analysis = await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
        var inWijk = analysis
            .Buurten.Where(b => b.Buurt.WijkCode == "WK999900")
            .Select(b =>
                (
                    Share: analysis.Indicators!.Get(b.Buurt.Code, LowIncome)!.Value,
                    Households: analysis.Indicators.Get(b.Buurt.Code, "aantal_huishoudens")!.Value,
                    b.Population
                )
            )
            .ToList();

        var figure = agenda.Indicators.Single(i => i.Id == LowIncome).Value!.Value;

        // The ratio of the sums: all low-income households over all households of the wijk.
        var byHouseholds = inWijk.Sum(b => b.Share * b.Households) / inWijk.Sum(b => b.Households);
        var byInhabitants = inWijk.Sum(b => b.Share * b.Population!.Value) / inWijk.Sum(b => b.Population!.Value);
        Assert.Equal(byHouseholds, figure, 9);
        Assert.NotEqual(byInhabitants, figure, 3);
    }

    [Fact]
    public async Task Build_SelectieOfWijkAndOwnBuurt_CountsEachBuurtOnce()
    {
        var agenda = await BuildAsync(" wk999900 ", "BU99990002", "BU99990100");

        Assert.Equal(3, agenda.Areas.Count);
        Assert.Equal(8, agenda.BuurtCount);
        Assert.Equal(agenda.BuurtCount, agenda.Buurten.Select(b => b.Code).Distinct().Count());
        Assert.StartsWith(
            "Gebiedsagenda selectie: Oude Kern, Kerkbuurt en Molenwijk-Noord",
            agenda.Title,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Build_ComputedIndicator_SourceNamesLayerMethodEngineAndTime()
    {
        await using (var scope = demo.Services.CreateAsyncScope())
        {
            // The same values again, now with provenance: the demo stays as it is for the other tests.
            var store = scope.ServiceProvider.GetRequiredService<WorkspaceStore>();
            var values = (await store.GetIndicatorValuesAsync(2024, default))
                .Where(v => v.IndicatorId == EnergyLabelsEfg)
                .ToList();
            var provenance = new IndicatorProvenance(
                EnergyLabelsEfg,
                2024,
                "energielabels",
                "aandeel van de punten met klasse E, F of G",
                "postgis",
                Now
            );
            await scope
                .ServiceProvider.GetRequiredService<DerivedIndicatorStore>()
                .ReplaceAsync(values, provenance, default);
        }

        var agenda = await BuildAsync("BU99990002");

        var expected =
            "berekend uit laag 'energielabels': aandeel van de punten met klasse E, F of G (PostGIS, 27-11-2026 09:30 UTC)";
        var indicator = agenda.Indicators.Single(i => i.Id == EnergyLabelsEfg);
        Assert.EndsWith(expected, indicator.Source, StringComparison.Ordinal);
        var contributions = agenda.Opgaven.SelectMany(o => o.Explanations).SelectMany(e => e.Indicators).ToList();
        Assert.All(contributions.Where(c => c.IndicatorId == EnergyLabelsEfg), c =>
            Assert.EndsWith(expected, c.Source, StringComparison.Ordinal)
        );
        // Figures loaded as they are (kerncijfers) name no layer; the demo's other layer indicators name their own.
        Assert.DoesNotContain(
            "berekend uit laag",
            agenda.Indicators.Single(i => i.Id == "gemiddeld_gasverbruik_totaal").Source,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "berekend uit laag 'hittestress_gevoelstemperatuur_demodam'",
            agenda.Indicators.Single(i => i.Id == "gemiddelde_gevoelstemperatuur").Source,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("BU99990999", "gebied-onbekend")]
    [InlineData("WK999999", "gebied-onbekend")]
    [InlineData("Kerkbuurt", "gebied-onbekend")]
    [InlineData(" ", "selectie-leeg")]
    public async Task Build_BadCode_ThrowsWithStableCode(string code, string expected)
    {
        var error = await Assert.ThrowsAsync<GeoOpgaveException>(() => BuildAsync(code));

        Assert.Equal(expected, error.Code);
        Assert.NotEmpty(error.Message);
    }

    private async Task<Gebiedsagenda> BuildAsync(params string[] codes)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var service = new AgendaService(
            scope.ServiceProvider.GetRequiredService<AnalysisService>(),
            scope.ServiceProvider.GetRequiredService<DerivedIndicatorStore>(),
            new FixedClock(Now));
        return await service.BuildAsync(new AgendaRequest(codes, null), CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
