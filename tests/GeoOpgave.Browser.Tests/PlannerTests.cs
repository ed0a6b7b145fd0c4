using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class PlannerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MoveThreshold_ToZero_RecoloursABuurtWithoutUrgentOpgaven()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var calm = analysis.Buurten.First(b => b.Score.Overlap == 0 && b.Score.Opgaven.All(o => o.Score is not null));
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-paint", new Regex("^[1-9]"), new() { Timeout = BrowserPages.TimeoutMs });
        var before = await BrowserPages.PixelOfAsync(page, calm.Buurt.Code);
        var paints = await page.GetByTestId("buurt-map").GetAttributeAsync("data-paint");

        await page.GetByText("Planner: gewichten aanpassen").ClickAsync();
        await page.GetByTestId("drempel").FillAsync("0");

        await Assertions.Expect(page.GetByTestId("buurt-map")).Not.ToHaveAttributeAsync("data-paint", paints!, new() { Timeout = BrowserPages.TimeoutMs });
        Assert.NotEqual(before, await BrowserPages.PixelOfAsync(page, calm.Buurt.Code));
        await Assertions.Expect(page.GetByTestId("planner-export")).ToHaveAttributeAsync("download", "standaard-versie-2.json");
        await BrowserPages.SaveScreenshotAsync(page, "planner.png");
    }

    [Fact]
    public async Task ChooseOpgaveTheme_NaturalBreaks_LegendNamesTheMethod()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.GetByTestId("kaart-thema").SelectOptionAsync("energie");
        await page.GetByTestId("kaart-klassen").SelectOptionAsync("NaturalBreaks");

        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("Urgentie energie", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions.Expect(page.GetByTestId("legend-methode")).ToHaveTextAsync("Klassen: natuurlijke grenzen (Jenks)");
        await BrowserPages.SaveScreenshotAsync(page, "thema-energie.png");
    }

    [Fact]
    public async Task ChooseProfile_VasteDrempels_ReloadsTheMapWithThatProfile()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.GetByTestId("profiel").SelectOptionAsync("vaste-drempels");

        await Assertions.Expect(page.GetByTestId("app-profiel")).ToContainTextAsync("Vaste drempels", new() { Timeout = BrowserPages.TimeoutMs });
        Assert.EndsWith("?profiel=vaste-drempels", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = BrowserPages.TimeoutMs });
    }
}
