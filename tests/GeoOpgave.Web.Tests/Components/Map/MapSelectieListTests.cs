using Bunit;
using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class MapSelectieListTests : BunitContext
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["BU1"] = "Kerkbuurt",
        ["BU2"] = "Haven",
    };

    [Fact]
    public void Render_TwoCodes_ListsEachWithLabelledShowAndRemoveButtons()
    {
        var cut = Render<MapSelectieList>(p => p.Add(x => x.Codes, ["BU1", "BU2"]).Add(x => x.Names, Names));

        var items = cut.FindAll("li");
        Assert.Equal(2, items.Count);
        Assert.Equal("Kerkbuurt (BU1)", cut.Find("[data-testid=selectie-toon-BU1]").TextContent);
        Assert.Equal(
            "Verwijder Haven (BU2) uit de selectie",
            cut.Find("[data-testid=selectie-verwijder-BU2]").GetAttribute("aria-label")
        );
        Assert.All(cut.FindAll("button"), b => Assert.Equal("button", b.GetAttribute("type")));
    }

    [Fact]
    public void Click_RemoveAndShow_RaiseTheirCallbacksWithTheCode()
    {
        var (removed, shown) = ((string?)null, (string?)null);
        var cut = Render<MapSelectieList>(p => p
            .Add(x => x.Codes, ["BU1", "BU2"])
            .Add(x => x.Names, Names)
            .Add(x => x.OnRemove, code => removed = code)
            .Add(x => x.OnShow, code => shown = code));

        cut.Find("[data-testid=selectie-verwijder-BU2]").Click();
        cut.Find("[data-testid=selectie-toon-BU1]").Click();

        Assert.Equal("BU2", removed);
        Assert.Equal("BU1", shown);
    }

    [Fact]
    public void Render_CodeWithoutName_ShowsTheCode()
    {
        var cut = Render<MapSelectieList>(p => p.Add(x => x.Codes, ["BU9"]));

        Assert.Equal("BU9", cut.Find("[data-testid=selectie-toon-BU9]").TextContent);
    }
}
