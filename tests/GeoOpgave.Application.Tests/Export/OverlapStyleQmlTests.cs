using System.Xml.Linq;
using GeoOpgave.Application.Export;

namespace GeoOpgave.Application.Tests.Export;

public sealed class OverlapStyleQmlTests
{
    private static readonly OverlapLegend Legend = new(["#ffffb2", "#fecc5c", "#bd0026"], "#b4b4b4");

    [Fact]
    public void Build_ThreeColours_HasOneRulePerClassPlusOnbekend()
    {
        var qml = XDocument.Parse(
            OverlapStyleQml.Build(Legend, ["buurtcode", "overlap", "urgentie_energie", "urgentie_wonen"])
        );

        var rules = qml.Descendants("rule").ToList();
        Assert.Equal(["0", "1", "2 of meer", "onbekend"], rules.Select(r => (string?)r.Attribute("label")));
        Assert.Equal(
            "(\"overlap\" >= 2) AND NOT (\"urgentie_energie\" = 'onbekend' AND \"urgentie_wonen\" = 'onbekend')",
            (string?)rules[2].Attribute("filter")
        );
        Assert.Equal(
            "\"urgentie_energie\" = 'onbekend' AND \"urgentie_wonen\" = 'onbekend'",
            (string?)rules[3].Attribute("filter")
        );
        Assert.Equal("RuleRenderer", (string?)qml.Root!.Element("renderer-v2")!.Attribute("type"));
    }

    [Fact]
    public void Build_ThreeColours_FillsEachSymbolWithItsLegendColour()
    {
        var qml = XDocument.Parse(OverlapStyleQml.Build(Legend, ["overlap", "urgentie_energie"]));

        var fills = qml.Descendants("symbol")
            .Select(s =>
                (string?)s.Descendants("Option").Single(o => (string?)o.Attribute("name") == "color").Attribute("value")
            )
            .ToList();
        Assert.Equal(["255,255,178,184", "254,204,92,184", "189,0,38,184", "180,180,180,184"], fills);
    }

    [Fact]
    public void Build_NoUrgentieFields_HasNoOnbekendRule()
    {
        var qml = XDocument.Parse(OverlapStyleQml.Build(Legend, ["overlap"]));

        Assert.DoesNotContain(qml.Descendants("rule"), r => (string?)r.Attribute("label") == "onbekend");
        Assert.Equal("\"overlap\" = 0", (string?)qml.Descendants("rule").First().Attribute("filter"));
    }

    [Theory]
    [InlineData("#ff0000", 255, "255,0,0,255")]
    [InlineData("00ff80", 10, "0,255,128,10")]
    public void QgisColour_HexColour_IsRgbaText(string hex, int alpha, string expected)
    {
        Assert.Equal(expected, OverlapStyleQml.QgisColour(hex, alpha));
    }

    [Fact]
    public void QgisColour_NotAColour_Throws()
    {
        Assert.Throws<ArgumentException>(() => OverlapStyleQml.QgisColour("rood", 255));
    }
}
