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
        Assert.Contains(OverlapPalette.Colours[3], items[3].QuerySelector(".legend-swatch")!.GetAttribute("style"), StringComparison.Ordinal);
    }
}
