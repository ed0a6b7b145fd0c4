using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Web.Components.Timeline;

namespace GeoOpgave.Web.Tests.Components.Timeline;

public sealed class PlanningTimelineTests : BunitContext
{
    private static readonly string Riolering = Soort("riolering");
    private static readonly string Warmtenet = Soort("warmtenet");
    private static readonly string Gasnet = Soort("gasnet-vervangen");

    private static readonly AgendaWork Riool = new(
        "grp:0",
        Riolering,
        "Kerkstraat",
        2027,
        2027,
        "Gemeente",
        "gepland",
        ["BU99990001"]
    );
    private static readonly AgendaWork RioolLater = new(
        "grp:2",
        Riolering,
        "Kerkpad",
        2031,
        2031,
        "Gemeente",
        null,
        ["BU99990001"]
    );
    private static readonly AgendaWork Warmte = new(
        "wup:0",
        Warmtenet,
        "Kerkstraat",
        2028,
        2029,
        "Warmtebedrijf",
        null,
        ["BU99990001"]
    );
    private static readonly AgendaWork RioolMolenweg = new(
        "grp:1",
        Riolering,
        "Molenweg",
        2027,
        2027,
        "Gemeente",
        null,
        ["BU99990002"]
    );
    private static readonly AgendaWork WarmteMolenweg = new(
        "wup:1",
        Warmtenet,
        "Molenweg",
        2033,
        2033,
        "Warmtebedrijf",
        null,
        ["BU99990002"]
    );
    private static readonly AgendaWork Gas = new(
        "gas:0",
        Gasnet,
        null,
        2030,
        2030,
        "Netbeheerder",
        null,
        ["BU99990002"]
    );

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["BU99990001"] = "Centrum", ["BU99990002"] = "Haven", ["BU99990003"] = "Polder",
    };

    private static readonly AgendaPlanning Planning = new(
        [Riool, RioolMolenweg, Warmte, Gas, RioolLater, WarmteMolenweg],
        [
            new AgendaCombination("straat-een-keer-open", "Straat één keer open", [Riool, Warmte], ["BU99990001"])
            {
                Pairs = [new AgendaWorkPair(Riool.Id, Warmte.Id, "BU99990001")],
            },
            new AgendaCombination("renovatie-plus-isolatie", "Renovatie plus isolatie", [RioolLater], ["BU99990001"]),
        ],
        [
            new AgendaShift(
                "straat-een-keer-open",
                "Straat één keer open",
                3,
                RioolMolenweg,
                WarmteMolenweg,
                6,
                ["BU99990002"]
            ),
        ],
        [new AgendaConflict(RioolMolenweg, Gas, 3, ["BU99990002"])]
    );

    [Fact]
    public void Render_Planning_OneTimelinePerBuurtWithItsWorksAsBarsPerOwner()
    {
        var cut = RenderTimeline(Planning);

        var buurten = cut.FindAll("[data-testid=tijdlijn-buurt]");
        Assert.Equal(["BU99990001", "BU99990002"], buurten.Select(b => b.GetAttribute("data-code")));
        Assert.Equal("Centrum", buurten[0].QuerySelector("figcaption")!.TextContent);
        Assert.Equal(["Gemeente", "Warmtebedrijf"], Owners(buurten[0]));
        Assert.Equal(["Gemeente", "Netbeheerder", "Warmtebedrijf"], Owners(buurten[1]));
        Assert.Equal(
            ["Gemeente", "Gemeente", "Warmtebedrijf"],
            Bars(buurten[0]).Select(b => b.GetAttribute("data-eigenaar")).Order(StringComparer.Ordinal)
        );
        Assert.Contains(
            "Polder",
            cut.Find("[data-testid=tijdlijn-zonder-werken]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Render_Planning_BarsRunFromStartToEndOnOneScaleAndAnOwnersWorksShareALane()
    {
        var cut = RenderTimeline(Planning);

        var centrum = cut.FindAll("[data-testid=tijdlijn-buurt]")[0];
        var riool = Bar(centrum, Riool.Id);
        var later = Bar(centrum, RioolLater.Id);
        var warmte = Bar(centrum, Warmte.Id);
        var yearWidth = Number(riool, "width") + 2;
        Assert.Equal(2 * yearWidth, Number(warmte, "width") + 2, 0.05);
        Assert.Equal(Number(riool, "x") + yearWidth, Number(warmte, "x"), 0.05);
        Assert.Equal(Number(riool, "x") + (4 * yearWidth), Number(later, "x"), 0.05);
        Assert.Equal(Number(riool, "y"), Number(later, "y"));
        Assert.True(Number(warmte, "y") > Number(riool, "y"), "the owners' bands lie under each other");
        var haven = cut.FindAll("[data-testid=tijdlijn-buurt]")[1];
        Assert.Equal(Number(riool, "x") + (6 * yearWidth), Number(Bar(haven, WarmteMolenweg.Id), "x"), 0.05);
        Assert.Contains("Warmtebedrijf", warmte.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Planning_MarksTheKoppelkansTheConflictAndTheShiftInTheirBuurt()
    {
        var cut = RenderTimeline(Planning);

        var buurten = cut.FindAll("[data-testid=tijdlijn-buurt]");
        var (centrum, haven) = (buurten[0], buurten[1]);
        Assert.Contains("tijdlijn__balk--koppelkans", Bar(centrum, Riool.Id).ClassList);
        Assert.Contains("tijdlijn__balk--koppelkans", Bar(centrum, Warmte.Id).ClassList);
        Assert.Contains("tijdlijn__balk--koppelkans", Bar(centrum, RioolLater.Id).ClassList);
        Assert.DoesNotContain("tijdlijn__balk--koppelkans", Bar(haven, RioolMolenweg.Id).ClassList);
        Assert.Single(centrum.QuerySelectorAll("[data-testid=tijdlijn-koppelkans]"));
        Assert.Equal(2, centrum.QuerySelectorAll("[data-testid=tijdlijn-koppelkans-tekst]").Length);
        Assert.Empty(centrum.QuerySelectorAll("[data-testid=tijdlijn-conflict]"));

        Assert.Contains("tijdlijn__balk--conflict", Bar(haven, Gas.Id).ClassList);
        Assert.Contains("tijdlijn__balk--conflict", Bar(haven, RioolMolenweg.Id).ClassList);
        Assert.DoesNotContain("tijdlijn__balk--conflict", Bar(haven, WarmteMolenweg.Id).ClassList);
        Assert.Single(haven.QuerySelectorAll("[data-testid=tijdlijn-conflict]"));
        var conflict = haven.QuerySelector("[data-testid=tijdlijn-conflict-tekst]")!.TextContent;
        Assert.Contains("De straat gaat twee keer open", conflict, StringComparison.Ordinal);
        Assert.Contains($"{Gasnet} (Netbeheerder, 2030)", conflict, StringComparison.Ordinal);
        var shift = haven.QuerySelector("[data-testid=tijdlijn-verschuiven-tekst]")!.TextContent;
        Assert.Contains("Kans om een planning te verschuiven", shift, StringComparison.Ordinal);
        Assert.Contains("6 jaar uit elkaar", shift, StringComparison.Ordinal);
        Assert.Contains("tijdlijn__balk--verschuiven", Bar(haven, WarmteMolenweg.Id).ClassList);
    }

    [Fact]
    public void Render_Planning_SvgIsNamedAndDescribedForScreenReaders()
    {
        var cut = RenderTimeline(Planning);

        var svg = cut.FindAll("[data-testid=tijdlijn-buurt]")[1].QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var described = svg.GetAttribute("aria-labelledby")!
            .Split(' ')
            .Select(id => cut.Find($"#{id}").TextContent)
            .ToArray();
        Assert.Equal("Haven", described[0]);
        Assert.Contains("3 werken van Gemeente, Netbeheerder, Warmtebedrijf", described[1], StringComparison.Ordinal);
        Assert.Contains("conflicten: 1", described[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PairOfOneOwnerBackToBack_IsBracketedAboveItsLaneSoTheLinkStaysVisible()
    {
        var herinrichting = new AgendaWork(
            "her:0",
            Soort("herinrichting-openbare-ruimte"),
            "Kerkstraat",
            2028,
            2029,
            "Gemeente",
            null,
            ["BU99990001"]
        );
        var planning = new AgendaPlanning(
            [Riool, herinrichting],
            [
                new AgendaCombination(
                    "straat-een-keer-open",
                    "Straat één keer open",
                    [Riool, herinrichting],
                    ["BU99990001"]
                )
                {
                    Pairs = [new AgendaWorkPair(herinrichting.Id, Riool.Id, "BU99990001")],
                },
            ],
            [],
            []);

        var cut = RenderTimeline(planning);

        var riool = cut.Find($"[data-werk='{Riool.Id}']");
        Assert.Equal(Number(riool, "y"), Number(cut.Find("[data-werk='her:0']"), "y"));
        var path = cut.Find("[data-testid=tijdlijn-koppelkans]").GetAttribute("d")!.Split(' ');
        var top = Number(riool, "y") - 3.5;
        Assert.Equal(["M", "V", "H", "V"], path.Where(p => p.Length == 1 && char.IsLetter(p[0])));
        Assert.Equal(top, double.Parse(path[4], CultureInfo.InvariantCulture), 0.01);
        Assert.True(
            double.Parse(path[6], CultureInfo.InvariantCulture) > double.Parse(path[1], CultureInfo.InvariantCulture),
            "the bracket runs from the earlier work to the later"
        );
    }

    [Fact]
    public void Render_WorksWithoutStartYear_SaysThereIsNothingToDraw()
    {
        var undated = new AgendaPlanning([Riool with { Start = null, Eind = null }], [], [], []);

        var cut = RenderTimeline(undated);

        Assert.NotNull(cut.Find("[data-testid=tijdlijn-leeg]"));
        Assert.Empty(cut.FindAll("[data-testid=tijdlijn-balk]"));
    }

    private IRenderedComponent<PlanningTimeline> RenderTimeline(AgendaPlanning planning) =>
        Render<PlanningTimeline>(p =>
            p.Add(c => c.Planning, planning)
                .Add(c => c.Codes, ["BU99990001", "BU99990002", "BU99990003"])
                .Add(c => c.Names, Names)
                .Add(c => c.Profile, TestData.Standaard)
        );

    private static string[] Owners(IElement buurt) =>
        buurt.QuerySelectorAll("[data-testid=tijdlijn-eigenaar]").Select(e => e.FirstChild!.TextContent).ToArray();

    private static IEnumerable<IElement> Bars(IElement buurt) => buurt.QuerySelectorAll("[data-testid=tijdlijn-balk]");

    private static IElement Bar(IElement buurt, string id) =>
        Bars(buurt).Single(b => b.GetAttribute("data-werk") == id);

    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static string Soort(string id) => TestData.Standaard.Werksoorten.Single(s => s.Id == id).Name;
}
