using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Agenda;

/// <summary>The demo's plans in the gebiedsagenda of the old centre: combinations where sewer and heat network meet,
/// shifts where they do not.</summary>
public sealed class AgendaPlanningDemoTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    private const string Kans = "straat-een-keer-open";

    [Fact]
    public async Task Build_OudeKern_ListsTheWorksWithOwnersAndCombinesSewerAndHeatNetwork()
    {
        var agenda = await BuildAsync("WK999900");

        var planning = agenda.Planning;
        Assert.Contains(planning.Works, w =>
            w.Soort.StartsWith("Riolering", StringComparison.Ordinal) && w.Eigenaar == "Gemeente Demodam"
        );
        Assert.Contains(planning.Works, w =>
            w.Soort.StartsWith("Warmtenet", StringComparison.Ordinal) && w.Eigenaar == "Warmtebedrijf Demodam"
        );
        Assert.All(planning.Works, w =>
            Assert.All(w.Buurten, code => Assert.Contains(code, agenda.Buurten.Select(b => b.Code)))
        );
        var combinations = planning.Combinations.Where(c => c.KoppelkansId == Kans).ToArray();
        Assert.NotEmpty(combinations);
        Assert.All(combinations, c =>
            Assert.All(c.Buurten, code =>
                Assert.Contains(Kans, agenda.Buurten.Single(b => b.Code == code).Koppelkansen)
            )
        );
        Assert.All(combinations, c =>
        {
            // Every buurt of the combination has a pair on one street that made it, of two of its own works.
            Assert.Equal(c.Buurten, c.Pairs.Select(p => p.Buurtcode).Distinct().Order(StringComparer.Ordinal));
            Assert.All(c.Pairs, p =>
                Assert.Subset(c.Works.Select(w => w.Id).ToHashSet(), new HashSet<string> { p.FirstId, p.SecondId })
            );
        });
    }

    [Fact]
    public async Task Build_BuurtWithSewerAndHeatNetworkSixYearsApart_ShowsTheShiftAndNotTheKoppelkans()
    {
        var result = await AnalyseAsync();
        var shift = result.Planning!.Shifts.First(s => s.Koppelkans.Id == Kans);

        var agenda = await BuildAsync(shift.Buurtcode);

        Assert.DoesNotContain(Kans, Assert.Single(agenda.Buurten).Koppelkansen);
        var listed = Assert.Single(agenda.Planning.Shifts);
        Assert.True(listed.YearsApart > listed.WithinYears);
        Assert.Equal(
            ["Gemeente Demodam", "Warmtebedrijf Demodam"],
            new[] { listed.First.Eigenaar, listed.Second.Eigenaar }.Order(StringComparer.Ordinal)
        );
        Assert.DoesNotContain(agenda.Planning.Combinations, c => c.KoppelkansId == Kans);
    }

    private async Task<AnalysisResult> AnalyseAsync()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }

    private async Task<Gebiedsagenda> BuildAsync(params string[] codes)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AgendaService>()
            .BuildAsync(new AgendaRequest(codes, null), CancellationToken.None);
    }
}
