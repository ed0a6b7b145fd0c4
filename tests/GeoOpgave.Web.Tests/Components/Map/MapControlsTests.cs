using Bunit;
using GeoOpgave.Web.Components.Map;

namespace GeoOpgave.Web.Tests.Components.Map;

public sealed class MapControlsTests : BunitContext
{
    [Fact]
    public void Render_OverlapTheme_ListsEveryOpgaveAndDisablesTheClassMethod()
    {
        var profile = TestData.Standaard;

        var cut = Render<MapControls>(p =>
            p.Add(x => x.Settings, MapSettings.Default).Add(x => x.Opgaven, profile.Opgaven)
        );

        Assert.Equal(profile.Opgaven.Count + 1, cut.FindAll("[data-testid=kaart-thema] option").Count);
        Assert.True(cut.Find("[data-testid=kaart-klassen]").HasAttribute("disabled"));
        Assert.Equal(Palettes.Sequential.Count, cut.FindAll("[data-testid=kaart-palet] option").Count);
        Assert.All(cut.FindAll("select"), s => Assert.NotNull(cut.Find($"label[for='{s.Id}']")));
    }

    [Fact]
    public void Change_Theme_ReportsTheNewSettings()
    {
        MapSettings? reported = null;
        var cut = Render<MapControls>(p => p
            .Add(x => x.Settings, MapSettings.Default)
            .Add(x => x.Opgaven, TestData.Standaard.Opgaven)
            .Add(x => x.SettingsChanged, s => reported = s));

        cut.Find("[data-testid=kaart-thema]").Change("wonen");

        Assert.Equal(MapSettings.Default with { Thema = "wonen" }, reported);
    }

    [Fact]
    public void Render_ManualBreaksWithError_ShowsTheReasonAndMarksTheFieldInvalid()
    {
        var settings = MapSettings.Default with
        {
            Thema = "energie",
            Method = ClassMethod.Manual,
            ManualBreaks = "70; 40",
        };

        var cut = Render<MapControls>(p =>
            p.Add(x => x.Settings, settings)
                .Add(x => x.Opgaven, TestData.Standaard.Opgaven)
                .Add(x => x.BreaksError, "De klassengrenzen moeten van laag naar hoog oplopen.")
        );

        var input = cut.Find("[data-testid=kaart-grenzen]");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("70; 40", input.GetAttribute("value"));
        Assert.Contains("oplopen", cut.Find("#kaart-grenzen-uitleg").TextContent, StringComparison.Ordinal);
    }
}
