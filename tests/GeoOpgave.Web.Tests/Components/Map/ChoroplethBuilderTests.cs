using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class ChoroplethBuilderTests
{
    private static readonly BuurtValue[] Buurten =
    [
        new("BU1", "Kerkbuurt", 1234.5),
        new("BU2", "Molenwijk", 30),
        new("BU3", "Polder", null),
        new("BU4", "Haven", 7),
    ];

    [Fact]
    public void Counts_OverlapAboveThePalette_TakesTheLastColourAndOnbekendStaysMinusOne()
    {
        var choropleth = ChoroplethBuilder.Counts(
            "Aantal urgente opgaven",
            Buurten,
            Palettes.Get("Blues"),
            "urgente opgaven"
        );

        Assert.Equal([4, 4, -1, 4], choropleth.Paint.Classes);
        Assert.Equal("Kerkbuurt: 1.234,5 urgente opgaven", choropleth.Paint.Labels[0]);
        Assert.Equal("Polder: onbekend", choropleth.Paint.Labels[2]);
        Assert.Equal("4 of meer", choropleth.Legend[4].Label);
        Assert.True(choropleth.Legend[^1].Onbekend);
        Assert.Null(choropleth.Method);
    }

    [Fact]
    public void Overlap_KnownCounts_LabelsEachBuurtWithXVanYBekendeOpgaven()
    {
        BuurtValue[] values = [new("BU1", "Kerkbuurt", 2), new("BU2", "Polder", 0), new("BU3", "Haven", null)];

        var choropleth = ChoroplethBuilder.Overlap("Aantal urgente opgaven", values, [3, 1, 0], Palettes.Get("YlOrRd"));

        Assert.Equal("Kerkbuurt: 2 van 3 bekende opgaven urgent", choropleth.Paint.Labels[0]);
        Assert.Equal("Polder: 0 van 1 bekende opgave urgent", choropleth.Paint.Labels[1]);
        Assert.Equal("Haven: onbekend", choropleth.Paint.Labels[2]);
        Assert.Equal([2, 0, -1], choropleth.Paint.Classes);
        Assert.Equal(ChoroplethBuilder.OverlapNote, choropleth.Note);
    }

    [Fact]
    public void Scores_ManualBreaks_ClassifyAndLabelTheLegendInDutch()
    {
        var choropleth = ChoroplethBuilder.Scores(
            "Urgentie energie",
            Buurten,
            ClassMethod.Manual,
            Palettes.Get("YlOrRd"),
            [10, 40.5]
        );

        Assert.Equal([2, 1, -1, 0], choropleth.Paint.Classes);
        Assert.Equal(
            ["lager dan 10", "10 tot 40,5", "40,5 en hoger", "onbekend"],
            choropleth.Legend.Select(l => l.Label)
        );
        Assert.Equal(3, choropleth.Paint.Colours.Count);
        Assert.Equal("handmatig", choropleth.Method);
    }

    [Fact]
    public void Differences_PlusAndMinus_UseTheDivergingPaletteAroundTheMiddle()
    {
        BuurtValue[] values = [new("BU1", "A", -3), new("BU2", "B", 0), new("BU3", "C", 1)];

        var choropleth = ChoroplethBuilder.Differences("Verschil", values, "urgente opgaven");

        Assert.Equal([0, 2, 3], choropleth.Paint.Classes);
        Assert.Equal("A: −3 urgente opgaven", choropleth.Paint.Labels[0]);
        Assert.Equal("C: +1 urgente opgaven", choropleth.Paint.Labels[2]);
    }
}
