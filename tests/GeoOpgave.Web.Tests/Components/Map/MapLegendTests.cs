using Bunit;
using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class MapLegendTests : BunitContext
{
    [Fact]
    public void Render_Always_ShowsEveryOverlapClassAndOnbekendInPaletteColours()
    {
        var cut = Render<MapLegend>();

        Assert.Equal("Aantal urgente opgaven", cut.Find("h2").TextContent);
        var items = cut.FindAll("li");
        Assert.Equal(OverlapPalette.Colours.Count + 1, items.Count);
        Assert.Equal("0", items[0].TextContent.Trim());
        Assert.Equal("4 of meer", items[4].TextContent.Trim());
        Assert.Equal("onbekend", items[5].TextContent.Trim());
        Assert.Contains(
            OverlapPalette.Colours[3],
            items[3].QuerySelector(".legend-swatch")!.GetAttribute("style"),
            StringComparison.Ordinal
        );
        Assert.Equal(ChoroplethBuilder.OverlapNote, cut.Find("[data-testid=legend-noot]").TextContent);
    }

    [Fact]
    public void Render_ScoreChoropleth_ShowsTitleMethodAndClasses()
    {
        BuurtValue[] values = [new("BU1", "A", 10), new("BU2", "B", 50), new("BU3", "C", 90)];
        var choropleth = ChoroplethBuilder.Scores(
            "Urgentie wonen (score 0–100)",
            values,
            ClassMethod.EqualIntervals,
            Palettes.Get("Greens")
        );

        var cut = Render<MapLegend>(p => p.Add(x => x.Choropleth, choropleth));

        Assert.Equal("Urgentie wonen (score 0–100)", cut.Find("h2").TextContent);
        Assert.Equal("Klassen: gelijke intervallen", cut.Find("[data-testid=legend-methode]").TextContent);
        Assert.Equal(6, cut.FindAll("li").Count);
        Assert.Contains(
            Palettes.Get("Greens").Colours[0],
            cut.Find(".legend-swatch").GetAttribute("style"),
            StringComparison.Ordinal
        );
    }
}
