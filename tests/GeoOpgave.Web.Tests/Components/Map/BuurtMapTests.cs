using Bunit;
using GeoOpgave.Web.Components.Map;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class BuurtMapTests : BunitContext
{
    private const string ModulePath = "./Components/Map/BuurtMap.razor.js";
    private const string Tiles = "tiles/buurten/{z}/{x}/{y}.mvt";

    // The map runs in the circuit; the prerendered page is the case of its own test below.
    public BuurtMapTests() => Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void Render_Prerendered_CarriesWhatTheEarlyStartNeeds()
    {
        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        SetupMapObject(featureCount: 3);

        var cut = Render<BuurtMap>(p =>
            p.Add(x => x.TilesUrl, Tiles + "?profiel=standaard").Add(x => x.Bounds, new MapBounds(4.1, 51.9, 4.3, 52.5))
        );

        var element = cut.Find("[data-testid=buurt-map]");
        Assert.Equal(Tiles + "?profiel=standaard", element.GetAttribute("data-early-tiles"));
        Assert.Equal("4.1,51.9,4.3,52.5", element.GetAttribute("data-early-bounds"));
        using var options = System.Text.Json.JsonDocument.Parse(element.GetAttribute("data-early-options")!);
        Assert.Equal(BuurtMap.TileUrl, options.RootElement.GetProperty("tileUrl").GetString());
        Assert.Equal(
            OverlapPalette.Colours,
            options.RootElement.GetProperty("colours").EnumerateArray().Select(c => c.GetString())
        );
    }

    [Fact]
    public void Render_Interactive_LeavesTheEarlyStartOut()
    {
        SetupMapObject(featureCount: 3);

        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));

        Assert.Null(cut.Find("[data-testid=buurt-map]").GetAttribute("data-early-tiles"));
    }

    [Fact]
    public void Render_FirstTime_CreatesTheMapWithPaletteAndLoadsTheTilesFittedToTheBounds()
    {
        var map = SetupMapObject(featureCount: 3);

        var cut = Render<BuurtMap>(p =>
            p.Add(x => x.TilesUrl, Tiles + "?profiel=standaard").Add(x => x.Bounds, new MapBounds(4.1, 51.9, 4.3, 52.0))
        );

        var create = JSInterop.Invocations["createMap"];
        var options = Assert.IsType<BuurtMapOptions>(Assert.Single(create).Arguments[2]);
        Assert.Equal(OverlapPalette.Colours, options.Colours);
        Assert.Equal(BuurtMap.TileUrl, options.TileUrl);
        var load = Assert.Single(map.Invocations["load"]);
        Assert.Equal(Tiles + "?profiel=standaard", load.Arguments[0]);
        Assert.Equal(new[] { 4.1, 51.9, 4.3, 52.0 }, load.Arguments[1]);
        cut.WaitForAssertion(() =>
            Assert.Equal("klaar", cut.Find("[data-testid=buurt-map]").GetAttribute("data-state"))
        );
    }

    [Fact]
    public void Render_LoadFails_ShowsDutchErrorMessage()
    {
        var map = SetupMapObject(featureCount: 0);
        map.Setup<int>("load", _ => true).SetException(new JSException("GET api/buurten: 500"));

        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));

        cut.WaitForAssertion(() =>
            Assert.Contains(
                "konden niet worden geladen",
                cut.Find("[data-testid=map-error]").TextContent,
                StringComparison.Ordinal
            )
        );
        Assert.Equal("fout", cut.Find("[data-testid=buurt-map]").GetAttribute("data-state"));
    }

    [Fact]
    public async Task OnBuurtClicked_FromJs_RaisesOnBuurtSelectedWithTheCode()
    {
        SetupMapObject(featureCount: 3);
        string? selected = null;
        var cut = Render<BuurtMap>(p => p
            .Add(x => x.TilesUrl, Tiles)
            .Add(x => x.OnBuurtSelected, code => selected = code));

        await cut.InvokeAsync(() => cut.Instance.OnBuurtClicked("BU99990007"));

        Assert.Equal("BU99990007", selected);
    }

    [Fact]
    public void Render_SelectedCodeChanges_TellsTheMapToSelectIt()
    {
        var map = SetupMapObject(featureCount: 3);
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));

        cut.Render(p => p.Add(x => x.SelectedCode, "BU99990002"));

        cut.WaitForAssertion(() =>
            Assert.Contains(map.Invocations["select"], i => Equals(i.Arguments[0], "BU99990002"))
        );
    }

    [Fact]
    public async Task DisposeAsync_AfterRender_DisposesTheLeafletMap()
    {
        var map = SetupMapObject(featureCount: 3);
        Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));

        await DisposeComponentsAsync();

        Assert.Single(map.Invocations["dispose"]);
    }

    [Fact]
    public void Render_NewPaint_SendsItToTheMapOnce()
    {
        var map = SetupMapObject(featureCount: 3);
        var paint = new MapPaint(
            ["BU1"],
            [2],
            ["Kerkbuurt: 2 urgente opgaven"],
            OverlapPalette.Colours,
            OverlapPalette.OnbekendColour
        );
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles).Add(x => x.Paint, paint));

        cut.Render(p => p.Add(x => x.SelectedCode, "BU1"));

        cut.WaitForAssertion(() => Assert.Same(paint, Assert.Single(map.Invocations["paint"]).Arguments[0]));
    }

    [Fact]
    public async Task OnBuurtClicked_WithShift_RaisesOnBuurtAddedInsteadOfSelected()
    {
        SetupMapObject(featureCount: 3);
        string? added = null;
        string? selected = null;
        var cut = Render<BuurtMap>(p => p
            .Add(x => x.TilesUrl, Tiles)
            .Add(x => x.OnBuurtSelected, code => selected = code)
            .Add(x => x.OnBuurtAdded, code => added = code));

        await cut.InvokeAsync(() => cut.Instance.OnBuurtClicked("BU99990003", shift: true));

        Assert.Equal("BU99990003", added);
        Assert.Null(selected);
    }

    [Fact]
    public async Task ZoomToAsync_Bounds_AsksTheMapToFitThem()
    {
        var map = SetupMapObject(featureCount: 3);
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));
        cut.WaitForAssertion(() =>
            Assert.Equal("klaar", cut.Find("[data-testid=buurt-map]").GetAttribute("data-state"))
        );

        var zoomed = await cut.InvokeAsync(() => cut.Instance.ZoomToAsync(new MapBounds(4.1, 51.9, 4.3, 52.0)));

        Assert.True(zoomed);
        Assert.Equal(new[] { 4.1, 51.9, 4.3, 52.0 }, Assert.Single(map.Invocations["zoomTo"]).Arguments[0]);
    }

    [Fact]
    public async Task ZoomToAsync_NoBounds_DoesNotCallTheMap()
    {
        var map = SetupMapObject(featureCount: 3);
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));
        cut.WaitForAssertion(() =>
            Assert.Equal("klaar", cut.Find("[data-testid=buurt-map]").GetAttribute("data-state"))
        );

        var zoomed = await cut.InvokeAsync(() => cut.Instance.ZoomToAsync(null));

        Assert.False(zoomed);
        Assert.Empty(map.Invocations["zoomTo"]);
    }

    [Fact]
    public void Render_HighlightedCodesChange_SendsTheNewSetOnce()
    {
        var map = SetupMapObject(featureCount: 3);
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles));

        cut.Render(p => p.Add(x => x.HighlightedCodes, new[] { "BU1", "BU2" }));
        cut.Render(p => p.Add(x => x.HighlightedCodes, new[] { "BU1", "BU2" }));

        cut.WaitForAssertion(() =>
            Assert.Equal(new[] { "BU1", "BU2" }, Assert.Single(map.Invocations["highlight"]).Arguments[0])
        );
    }

    [Fact]
    public async Task OnShapeDrawnInMap_Rectangle_RaisesOnShapeDrawnWithTheWgs84Polygon()
    {
        SetupMapObject(featureCount: 3);
        NetTopologySuite.Geometries.Geometry? drawn = null;
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles).Add(x => x.OnShapeDrawn, g => drawn = g));

        await cut.InvokeAsync(() =>
            cut.Instance.OnShapeDrawnInMap([
                [4.1, 51.9],
                [4.3, 51.9],
                [4.3, 52.0],
                [4.1, 52.0],
                [4.1, 51.9],
            ])
        );

        Assert.NotNull(drawn);
        Assert.Equal(0.02, drawn.Area, 6);
        Assert.Equal(4326, drawn.SRID);
    }

    [Fact]
    public async Task OnShapeDrawnInMap_TwoCorners_RaisesNothing()
    {
        SetupMapObject(featureCount: 3);
        var raised = false;
        var cut = Render<BuurtMap>(p => p.Add(x => x.TilesUrl, Tiles).Add(x => x.OnShapeDrawn, _ => raised = true));

        await cut.InvokeAsync(() => cut.Instance.OnShapeDrawnInMap([[4.1, 51.9], [4.3, 51.9]]));

        Assert.False(raised);
    }

    [Fact]
    public void Render_WorksUrlChanges_DrawsTheWorksOfThePeriodAndReportsHowMany()
    {
        var map = SetupMapObject(featureCount: 3);
        map.Setup<int>("showWorks", i => Equals(i.Arguments[0], "api/werken?van=2026&tot=2031")).SetResult(12);
        map.Setup<int>("showWorks", i => Equals(i.Arguments[0], "api/werken?van=2030&tot=2031")).SetResult(5);
        var colours = new Dictionary<string, string> { ["riolering"] = "#2f6f9f" };
        var shown = new List<int>();
        var cut = Render<BuurtMap>(p => p
            .Add(x => x.TilesUrl, Tiles)
            .Add(x => x.WorksUrl, "api/werken?van=2026&tot=2031")
            .Add(x => x.WorksColours, colours)
            .Add(x => x.OnWorksShown, count => shown.Add(count)));

        cut.Render(p => p.Add(x => x.WorksUrl, "api/werken?van=2030&tot=2031"));

        cut.WaitForAssertion(() => Assert.Equal([12, 5], shown));
        var calls = map.Invocations["showWorks"];
        Assert.Equal(
            ["api/werken?van=2026&tot=2031", "api/werken?van=2030&tot=2031"],
            calls.Select(c => c.Arguments[0])
        );
        Assert.Same(colours, calls[0].Arguments[1]);
    }

    private BunitJSModuleInterop SetupMapObject(int featureCount)
    {
        var module = JSInterop.SetupModule(ModulePath);
        var map = module.SetupModule("createMap", _ => true);
        map.Setup<int>("load", _ => true).SetResult(featureCount);
        map.SetupVoid("select", _ => true).SetVoidResult();
        map.SetupVoid("dispose").SetVoidResult();
        map.SetupVoid("paint", _ => true).SetVoidResult();
        map.SetupVoid("highlight", _ => true).SetVoidResult();
        map.Setup<bool>("zoomTo", _ => true).SetResult(true);
        return map;
    }
}
