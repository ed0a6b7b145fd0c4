using Bunit;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Web.Components.Map;
using NetTopologySuite.IO;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class MapSearchTests : BunitContext
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void Submit_BuurtName_ZoomsToItAndOpensIt()
    {
        ZoomTarget? target = null;
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()).Add(x => x.OnZoom, t => target = t));

        cut.Find("[data-testid=kaart-zoek]").Input("kerkbuurt");
        cut.Find("form").Submit();

        Assert.NotNull(target);
        Assert.Equal(["BU99990001"], target.BuurtCodes);
        Assert.Equal("BU99990001", target.SelectBuurt);
        Assert.Contains("Kerkbuurt", cut.Find("[data-testid=kaart-zoek-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_ZoomToWijk_FitsEveryBuurtOfTheWijk()
    {
        ZoomTarget? target = null;
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()).Add(x => x.OnZoom, t => target = t));

        cut.Find("[data-testid=kaart-zoom]").Change("WK999900");

        Assert.NotNull(target);
        Assert.Equal(["BU99990001", "BU99990002"], target.BuurtCodes);
        Assert.Null(target.SelectBuurt);
    }

    [Fact]
    public void Submit_UnknownName_SaysSoInDutch()
    {
        var zoomed = false;
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()).Add(x => x.OnZoom, _ => zoomed = true));

        cut.Find("[data-testid=kaart-zoek]").Input("Atlantis");
        cut.Find("form").Submit();

        Assert.False(zoomed);
        Assert.Equal(
            "Geen buurt of wijk gevonden voor 'Atlantis'.",
            cut.Find("[data-testid=kaart-zoek-status]").TextContent
        );
    }

    [Fact]
    public void Input_TwoLetters_SuggestsOnlyTheMatchingAreas()
    {
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()));
        Assert.Empty(cut.FindAll("#kaart-zoek-lijst option"));

        cut.Find("[data-testid=kaart-zoek]").Input("kerk");

        var option = Assert.Single(cut.FindAll("#kaart-zoek-lijst option"));
        Assert.Contains("Kerkbuurt", option.GetAttribute("value"), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_FoundBuurt_RaisesOnAddWithItsCode()
    {
        string? added = null;
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()).Add(x => x.OnAdd, code => added = code));

        cut.Find("[data-testid=kaart-zoek]").Input("BU99990002");
        cut.Find("[data-testid=kaart-zoek-toevoegen]").Click();

        Assert.Equal("BU99990002", added);
        Assert.StartsWith(
            "Toegevoegd aan de selectie",
            cut.Find("[data-testid=kaart-zoek-status]").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Add_Wijk_AddsNothingAndSaysOnlyBuurtenCan()
    {
        var raised = false;
        var cut = Render<MapSearch>(p => p.Add(x => x.Result, Result()).Add(x => x.OnAdd, _ => raised = true));

        cut.Find("[data-testid=kaart-zoek]").Input("WK999900");
        cut.Find("[data-testid=kaart-zoek-toevoegen]").Click();

        Assert.False(raised);
        Assert.Contains(
            "geen buurt",
            cut.Find("[data-testid=kaart-zoek-status]").TextContent,
            StringComparison.Ordinal
        );
    }

    private static AnalysisResult Result()
    {
        var square = Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Area Make(string code, string name, AreaLevel level, string? wijk) =>
            new(code, name, level, "GM9999", wijk, 2024, square);
        BuurtAnalysis Buurt(string code, string name) =>
            new(
                Make(code, name, AreaLevel.Buurt, "WK999900"),
                new BuurtScore(code, [], 0, []),
                new Dictionary<string, double?>()
            );
        return new AnalysisResult(
            TestData.Standaard,
            2024,
            [Make("GM9999", "Demodam", AreaLevel.Gemeente, null)],
            [Buurt("BU99990001", "Kerkbuurt"), Buurt("BU99990002", "Molenbuurt")])
        {
            Wijken = [Make("WK999900", "Oude Kern", AreaLevel.Wijk, "WK999900")],
        };
    }
}
