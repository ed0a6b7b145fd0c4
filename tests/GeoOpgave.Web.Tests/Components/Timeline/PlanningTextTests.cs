using GeoOpgave.Application.Agenda;
using GeoOpgave.Web.Components.Timeline;

namespace GeoOpgave.Web.Tests.Components.Timeline;

/// <summary>What a planner reads about works that meet: on a street when both have one, in a buurt when a work is
/// known only by its buurt code.</summary>
public sealed class PlanningTextTests
{
    private static readonly AgendaWork Riool = new(
        "grp:0", "Riolering", "Kerkstraat", 2027, 2027, "Gemeente", null, ["BU03630001"]);
    private static readonly AgendaWork Warmte = new(
        "wup:0", "Warmtenet", "Kerkstraat", 2028, 2028, "Warmtebedrijf", null, ["BU03630001"]);
    private static readonly AgendaWork WarmtePerBuurt = Warmte with { Naam = null, BuurtOnly = true };

    [Fact]
    public void Combination_OfTwoStreetWorks_SaysNothingAboutTheBuurt()
    {
        var text = PlanningText.Combination(new("straat-een-keer-open", "Straat één keer open", [Riool, Warmte], []));

        Assert.StartsWith("Straat één keer open: Riolering Kerkstraat (Gemeente, 2027) + ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("buurt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CombinationShiftAndConflict_WithAWorkKnownByItsBuurt_SayTheStreetIsUnknown()
    {
        var combination = PlanningText.Combination(
            new("straat-een-keer-open", "Straat één keer open", [Riool, WarmtePerBuurt], []));
        var shift = PlanningText.Shift(
            new("straat-een-keer-open", "Straat één keer open", 3, Riool, WarmtePerBuurt, 6, []));
        var conflict = PlanningText.Conflict(new AgendaConflict(Riool, WarmtePerBuurt, 1, []));

        const string Unknown = "de straat is niet bekend, want een werk is alleen per buurtcode opgegeven";
        Assert.EndsWith($"— in dezelfde buurt; {Unknown}", combination, StringComparison.Ordinal);
        Assert.Contains($"liggen in dezelfde buurt ({Unknown}), maar 6 jaar uit elkaar", shift, StringComparison.Ordinal);
        Assert.StartsWith("Misschien gaat een straat twee keer open", conflict, StringComparison.Ordinal);
        Assert.DoesNotContain("in dezelfde straat", shift + conflict, StringComparison.Ordinal);
    }
}
