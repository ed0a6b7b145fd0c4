using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Analysis;

public class AnalysisDiagnosticsTests(DemoWorkspaceFixture demo) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task Diagnose_Demo_StandaardSharesNoIndicatorButVasteDrempelsSharesBouwjaar()
    {
        var standaard = await DiagnoseAsync();
        var vasteDrempels = await DiagnoseAsync("vaste-drempels");

        Assert.DoesNotContain(standaard.Waarschuwingen, w => w.Code == DiagnosticWarning.SharedIndicator);
        var shared = Assert.Single(vasteDrempels.Waarschuwingen, w => w.Code == DiagnosticWarning.SharedIndicator);
        Assert.Equal(["percentage_bouwjaarklasse_tot_2000"], shared.Indicatoren);
        Assert.Equal(["energie", "wonen"], shared.Opgaven);
        Assert.Contains("de energieopgave en de woonopgave", shared.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_Demo_StandaardFlagsTheCalibratedQuarterInEveryOpgave()
    {
        var report = await DiagnoseAsync();

        // urgentShare 0.25: a quarter of the buurten with data, within one buurt.
        Assert.All(report.Opgaven, o =>
        {
            var known = report.BuurtCount * (1 - o.AandeelOnbekend);
            Assert.InRange(o.AandeelHoog * report.BuurtCount, (0.25 * known) - 1, (0.25 * known) + 1);
        });
    }

    [Fact]
    public async Task Diagnose_Demo_WarnsThatWonenAndSociaalShareCorrelatedIndicators()
    {
        var report = await DiagnoseAsync();

        Assert.Contains(report.Waarschuwingen, w =>
            w.Code == DiagnosticWarning.CorrelatedIndicators
            && w.Indicatoren.SequenceEqual([
                "perc_huurwoningen_in_bezit_woningcorporaties",
                "percentage_huishoudens_met_laag_inkomen",
            ])
            && w.Opgaven.SequenceEqual(["wonen", "sociaal"])
        );
        Assert.DoesNotContain(report.Waarschuwingen, w =>
            w.Code is DiagnosticWarning.FewBuurten or DiagnosticWarning.CoarsePercentiles
        );
    }

    [Fact]
    public async Task Diagnose_Demo_AgreesWithTheAnalysisItDescribes()
    {
        await using var scope = demo.Services.CreateAsyncScope();
        var analysis = scope.ServiceProvider.GetRequiredService<AnalysisService>();
        var result = await analysis.AnalyseAsync(null, CancellationToken.None);

        var report = await analysis.DiagnoseAsync(new AnalysisRequest(null), CancellationToken.None);

        Assert.Equal(result.Buurten.Count, report.BuurtCount);
        Assert.Equal(result.Profile.Opgaven.Select(o => o.Id), report.Opgaven.Select(o => o.Id));
        Assert.Equal(6, report.Paren.Count);
        var matrix = AnalysisSummaries.Matrix(result);
        for (var i = 0; i < report.Opgaven.Count; i++)
        {
            Assert.Equal(matrix.Buurten[i][i], (int)Math.Round(report.Opgaven[i].AandeelHoog * report.BuurtCount));
        }

        // Every pair in the demo is urgent together more often than chance: that is the overlap the issue is about.
        Assert.All(report.Paren, p =>
            Assert.True(p.Waargenomen > p.Verwacht, $"{p.A}+{p.B}: {p.Waargenomen} ≤ {p.Verwacht}")
        );
        Assert.All(report.Paren, p => Assert.Equal(p.Waargenomen / p.Verwacht, p.Lift!.Value, 9));
    }

    private async Task<DiagnosticsReport> DiagnoseAsync(string? profiel = null)
    {
        await using var scope = demo.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .DiagnoseAsync(new AnalysisRequest(profiel), CancellationToken.None);
    }
}
