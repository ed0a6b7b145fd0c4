using Bunit;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Web.Components.Print;

namespace GeoOpgave.Web.Tests.Components.Print;

public sealed class AgendaPlanningSectionTests : BunitContext
{
    private static readonly AgendaWork Riool = new(
        "grp:0",
        "Riolering vervangen of aanleggen",
        "Kerkstraat",
        2027,
        2027,
        "Gemeente",
        "gepland",
        ["BU99990001"]
    );
    private static readonly AgendaWork Warmte = new(
        "wup:0",
        "Warmtenet aanleggen",
        "Kerkstraat",
        2028,
        2029,
        "Warmtebedrijf",
        null,
        ["BU99990001"]
    );
    private static readonly AgendaWork RioolMolenweg = new(
        "grp:1",
        "Riolering vervangen of aanleggen",
        "Molenweg",
        2027,
        2027,
        "Gemeente",
        null,
        ["BU99990002"]
    );
    private static readonly AgendaWork WarmteMolenweg = new(
        "wup:1",
        "Warmtenet aanleggen",
        "Molenweg",
        2033,
        2033,
        "Warmtebedrijf",
        null,
        ["BU99990002"]
    );
    private static readonly AgendaWork Gas = new(
        "gas:0",
        "Gasnet vervangen",
        null,
        2030,
        2030,
        "Netbeheerder",
        null,
        ["BU99990002"]
    );

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["BU99990001"] = "Centrum",
        ["BU99990002"] = "Haven",
    };

    [Fact]
    public void Render_Planning_ListsWorksCombinationShiftAndConflictWithOwners()
    {
        var planning = new AgendaPlanning(
            [Riool, RioolMolenweg, Warmte, Gas, WarmteMolenweg],
            [new AgendaCombination("straat-een-keer-open", "Straat één keer open", [Riool, Warmte], ["BU99990001"])],
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

        var cut = Render<AgendaPlanningSection>(p => p.Add(c => c.Planning, planning).Add(c => c.Names, Names));

        Assert.Equal(5, cut.FindAll("[data-testid=agenda-werken] tbody tr").Count);
        var warmte = cut.Find("[data-testid='agenda-werk-wup:0']").TextContent;
        Assert.Contains("2028–2029", warmte, StringComparison.Ordinal);
        Assert.Contains("Warmtebedrijf", warmte, StringComparison.Ordinal);
        var combination = cut.Find("[data-testid=agenda-combinatie-straat-een-keer-open]").TextContent;
        Assert.Contains(
            "Riolering vervangen of aanleggen Kerkstraat (Gemeente, 2027)",
            combination,
            StringComparison.Ordinal
        );
        Assert.Contains("Centrum", combination, StringComparison.Ordinal);
        var shift = Normalise(cut.Find("[data-testid=agenda-verschuivingen]").TextContent);
        Assert.Contains("6 jaar uit elkaar", shift, StringComparison.Ordinal);
        Assert.Contains("hooguit 3 jaar", shift, StringComparison.Ordinal);
        Assert.Contains("Haven", shift, StringComparison.Ordinal);
        var conflict = Normalise(cut.Find("[data-testid=agenda-conflicten]").TextContent);
        Assert.Contains("De straat gaat twee keer open", conflict, StringComparison.Ordinal);
        Assert.Contains("Gasnet vervangen (Netbeheerder, 2030)", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoWorks_SaysHowToLoadPlans()
    {
        var cut = Render<AgendaPlanningSection>(p => p.Add(c => c.Planning, AgendaPlanning.Empty));

        Assert.Contains(
            "--as-werken",
            cut.Find("[data-testid=agenda-planning-leeg]").TextContent,
            StringComparison.Ordinal
        );
        Assert.Empty(cut.FindAll("[data-testid=agenda-werken]"));
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
