using Bunit;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Overview;

namespace GeoOpgave.Web.Tests.Components.Overview;

public sealed class DiagnosticsPanelTests : BunitContext
{
    [Fact]
    public void Render_Report_ShowsObservedAgainstExpectedPerPairInDutch()
    {
        var report = Report([
            new WarningDiagnostics(
                "indicator-in-meer-opgaven",
                "De indicator x telt mee in twee opgaven.",
                ["x"],
                ["energie", "wonen"]
            ),
        ]);

        var cut = Render<DiagnosticsPanel>(p => p.Add(x => x.Report, report));

        var row = cut.Find("[data-testid=diagnose-paar-energie-wonen]");
        Assert.Equal("Energie en Wonen", row.QuerySelector("th")!.TextContent);
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray();
        Assert.Equal("25% 10 buurten", cells[0]);
        Assert.Equal("10% 4 buurten", cells[1]);
        Assert.Equal("2,5 ×", cells[2]);
        Assert.Equal("–", cut.Find("[data-testid=diagnose-paar-energie-sociaal] td:last-child").TextContent);
        Assert.Equal("30%", cut.Find("[data-testid=diagnose-opgave-energie] td").TextContent);
        Assert.Equal(
            "De indicator x telt mee in twee opgaven.",
            cut.Find("[data-testid=diagnose-waarschuwingen] li[data-code=indicator-in-meer-opgaven]").TextContent
        );
    }

    [Fact]
    public void Render_NoWarnings_SaysSo()
    {
        var cut = Render<DiagnosticsPanel>(p => p.Add(x => x.Report, Report([])));

        Assert.NotNull(cut.Find("[data-testid=diagnose-geen-waarschuwingen]"));
        Assert.Empty(cut.FindAll("[data-testid=diagnose-waarschuwingen]"));
    }

    [Fact]
    public void Render_BuurtenNotRanked_NamesTheReferenceAndEachBuurtWithItsReason()
    {
        var cut = Render<DiagnosticsPanel>(p => p.Add(x => x.Report, Report([])));

        var text = string.Join(
            ' ',
            cut.Find("[data-testid=diagnose-rangschikking]")
                .TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
        );
        Assert.Equal(
            "Buurten zijn gerangschikt binnen de buurten van dezelfde gemeente: 39 buurten gerangschikt, 1 niet gerangschikt (te weinig "
                + "inwoners en woningen, of grotendeels water): Plas en Park, minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen).",
            text
        );
    }

    private static DiagnosticsReport Report(IReadOnlyList<WarningDiagnostics> warnings) =>
        new(
            new ProfileInfo("standaard", 1, "Standaard"),
            2024,
            40,
            [
                new OpgaveDiagnostics("energie", "Energie", 0.3, 0.3, 0.4, 0, 40),
                new OpgaveDiagnostics("wonen", "Wonen", 0.25, 0.25, 0.4, 0.1, 36),
                new OpgaveDiagnostics("sociaal", "Sociaal", 0, 0.5, 0.5, 0, 40),
            ],
            [
                new PairDiagnostics("energie", "wonen", 0.25, 0.1, 2.5, 40, 10),
                new PairDiagnostics("energie", "sociaal", 0, 0, null, 40, 0),
                new PairDiagnostics("wonen", "sociaal", 0, 0, null, 36, 0),
            ],
            warnings,
            new RankingDiagnostics(
                "de buurten van dezelfde gemeente",
                39,
                [
                    new NotRankedBuurt(
                        "BU99990209",
                        "Plas en Park",
                        "minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen)"
                    ),
                ]
            )
        );
}
