using System.Globalization;
using Bunit;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Web.Components.Panel;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Tests.Components.Panel;

public sealed class BuurtPanelTests : BunitContext
{
    private static readonly Profile TestProfile = new(
        "test",
        1,
        "Testprofiel",
        UrgentThreshold: 70,
        AttentionThreshold: 40,
        MinimumCoverage: 0.5,
        [
            new OpgaveDefinition(
                "energie",
                "Energietransitie",
                "#e69f00",
                [new OpgaveIndicator("gasverbruik_m3", 1, IndicatorDirection.HigherIsMoreUrgent)]
            ),
            new OpgaveDefinition(
                "wonen",
                "Wonen",
                "#56b4e9",
                [new OpgaveIndicator("aandeel_huur", 1, IndicatorDirection.HigherIsMoreUrgent)]
            ),
        ],
        [
            new KoppelkansDefinition(
                "isoleren-en-renoveren",
                "Isoleren bij renovatie",
                ["energie", "wonen"],
                "Eén keer de steigers op."
            ),
        ]
    );

    [Fact]
    public void Render_Buurt_ShowsNameCodeAndOverlap()
    {
        var cut = RenderPanel(Analysis(koppelkansen: []));

        Assert.Equal("Centrum-Oost", cut.Find("[data-testid=buurt-naam]").TextContent);
        Assert.Contains("BU99990001", cut.Find("[data-testid=buurt-code]").TextContent, StringComparison.Ordinal);
        Assert.Contains("WK999900", cut.Find("[data-testid=buurt-code]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith(
            "1 van 1 bekende opgave urgent",
            Normalise(cut.Find("[data-testid=buurt-overlap]").TextContent),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Render_BuurtWithAnOnbekendOpgave_CountsOnlyTheKnownOpgaven()
    {
        var cut = RenderPanel(Analysis(koppelkansen: []));

        var overlap = Normalise(cut.Find("[data-testid=buurt-overlap]").TextContent);
        Assert.DoesNotContain("van 2", overlap, StringComparison.Ordinal);
        Assert.Equal("(1 onbekend: te weinig gegevens)", cut.Find("[data-testid=buurt-onbekend]").TextContent);
    }

    [Fact]
    public void Render_IndicatorValue_UsesDutchNumberFormatWhateverTheThreadCulture()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var cut = RenderPanel(Analysis(koppelkansen: []));

            Assert.Equal("1.234,5", cut.Find("[data-testid=indicator-gasverbruik_m3] td").TextContent);
            Assert.Equal("Gasverbruik m3", cut.Find("[data-testid=indicator-gasverbruik_m3] th").TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Render_MissingIndicatorValue_ShowsOnbekend()
    {
        var cut = RenderPanel(Analysis(koppelkansen: []));

        var cell = cut.Find("[data-testid=indicator-aandeel_huur] td");
        Assert.Equal("onbekend", cell.TextContent);
        Assert.Contains("onbekend", cell.ClassList);
    }

    [Fact]
    public void Render_Opgaven_ShowProfileNameUrgentieAndScore()
    {
        var cut = RenderPanel(Analysis(koppelkansen: []));

        var energie = cut.Find("[data-testid=opgave-energie]");
        Assert.Equal("Energietransitie", energie.QuerySelector(".opgave__naam")!.TextContent);
        Assert.Equal("hoog", energie.QuerySelector(".opgave__urgentie")!.TextContent);
        Assert.Equal("82", energie.QuerySelector(".opgave__score")!.TextContent);
        Assert.Contains("urgentie-hoog", energie.ClassList);
        Assert.Contains(
            "#e69f00",
            energie.QuerySelector(".opgave__kleur")!.GetAttribute("style"),
            StringComparison.Ordinal
        );
        var wonen = cut.Find("[data-testid=opgave-wonen]");
        Assert.Equal("onbekend", wonen.QuerySelector(".opgave__urgentie")!.TextContent);
        Assert.Equal("onbekend", wonen.QuerySelector(".opgave__score")!.TextContent);
    }

    [Fact]
    public void Render_Koppelkans_ShowsNameOpgavenAndRationale()
    {
        var cut = RenderPanel(Analysis(koppelkansen: TestProfile.Koppelkansen));

        var kans = cut.Find("[data-testid=koppelkans-isoleren-en-renoveren]");
        Assert.Contains("Isoleren bij renovatie", kans.TextContent, StringComparison.Ordinal);
        Assert.Contains("Energietransitie + Wonen", kans.TextContent, StringComparison.Ordinal);
        Assert.Contains("Eén keer de steigers op.", kans.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=koppelkansen-leeg]"));
    }

    [Fact]
    public void Render_NoKoppelkansen_SaysThereAreNone()
    {
        var cut = RenderPanel(Analysis(koppelkansen: []));

        Assert.Single(cut.FindAll("[data-testid=koppelkansen-leeg]"));
        Assert.Empty(cut.FindAll("[data-testid=koppelkansen]"));
    }

    [Fact]
    public void Render_ProfileColourThatIsNoHexColour_FallsBackToGrey()
    {
        var profile = TestProfile with
        {
            Opgaven =
            [
                TestProfile.Opgaven[0] with
                {
                    Colour = "red; background-image: url(x)",
                },
                TestProfile.Opgaven[1],
            ],
        };

        var cut = Render<BuurtPanel>(p => p.Add(x => x.Buurt, Analysis(koppelkansen: [])).Add(x => x.Profile, profile));

        Assert.Equal(
            "background-color: #8a8a8a",
            cut.Find("[data-testid=opgave-energie] .opgave__kleur").GetAttribute("style")
        );
    }

    [Fact]
    public void Click_CloseButton_RaisesOnClose()
    {
        var closed = false;
        var cut = Render<BuurtPanel>(p => p
            .Add(x => x.Buurt, Analysis(koppelkansen: []))
            .Add(x => x.Profile, TestProfile)
            .Add(x => x.OnClose, () => closed = true));

        cut.Find(".buurt-panel__sluit").Click();

        Assert.True(closed);
    }

    private IRenderedComponent<BuurtPanel> RenderPanel(BuurtAnalysis analysis) =>
        Render<BuurtPanel>(p => p.Add(x => x.Buurt, analysis).Add(x => x.Profile, TestProfile));

    private static BuurtAnalysis Analysis(IReadOnlyList<KoppelkansDefinition> koppelkansen)
    {
        var geometry = new WKTReader().Read(
            "POLYGON ((120000 480000, 120500 480000, 120500 480500, 120000 480500, 120000 480000))"
        );
        var buurt = new Area("BU99990001", "Centrum-Oost", AreaLevel.Buurt, "GM9999", "WK999900", 2024, geometry);
        var energie = new OpgaveScore(
            "energie",
            81.6,
            UrgencyClass.Hoog,
            1,
            [new IndicatorContribution("gasverbruik_m3", 1234.5, 81.6, 1, 81.6)]
        );
        var wonen = new OpgaveScore(
            "wonen",
            null,
            UrgencyClass.Onbekend,
            0,
            [new IndicatorContribution("aandeel_huur", null, null, 1, null)]
        );
        var score = new BuurtScore("BU99990001", [energie, wonen], Overlap: 1, koppelkansen);
        var indicators = new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["gasverbruik_m3"] = 1234.5,
            ["aandeel_huur"] = null,
        };
        return new BuurtAnalysis(buurt, score, indicators);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
