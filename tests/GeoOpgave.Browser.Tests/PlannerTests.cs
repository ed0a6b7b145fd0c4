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
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-paint", new Regex("^[1-9]"), new() { Timeout = BrowserPages.TimeoutMs });
        var before = await BrowserPages.PixelOfAsync(page, calm.Buurt.Code);
        var paints = await page.GetByTestId("buurt-map").GetAttributeAsync("data-paint");

        await page.GetByText("Planner: belang en drempel aanpassen").ClickAsync();
        await page.GetByTestId("drempel").FillAsync("0");

        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .Not.ToHaveAttributeAsync("data-paint", paints!, new() { Timeout = BrowserPages.TimeoutMs });
        Assert.NotEqual(before, await BrowserPages.PixelOfAsync(page, calm.Buurt.Code));
        await Assertions
            .Expect(page.GetByTestId("planner-export"))
            .ToHaveAttributeAsync("download", "standaard-versie-2.json");
        await BrowserPages.SaveScreenshotAsync(page, "planner.png");
    }

    [Fact]
    public async Task ChooseOpgaveTheme_BuurtWithTooLittleData_IsDrawnGreyAsOnbekend()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var energie = analysis.Profile.Opgaven.Select((o, i) => (o.Id, i)).Single(x => x.Id == "energie").i;
        var unknown = analysis.Buurten.First(b => b.Score.Opgaven[energie].Score is null);
        var scored = analysis.Buurten.First(b => b.Score.Opgaven[energie].Score is not null);
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-paint", new Regex("^[1-9]"), new() { Timeout = BrowserPages.TimeoutMs });
        var paints = await page.GetByTestId("buurt-map").GetAttributeAsync("data-paint");

        await page.GetByTestId("kaart-thema").SelectOptionAsync("energie");

        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .Not.ToHaveAttributeAsync("data-paint", paints!, new() { Timeout = BrowserPages.TimeoutMs });
        // Onbekend is grey (#b4b4b4, hatched darker); every class colour of the palette has more red than blue.
        var grey = await BrowserPages.PixelOfAsync(page, unknown.Buurt.Code);
        var coloured = await BrowserPages.PixelOfAsync(page, scored.Buurt.Code);
        Assert.True(
            grey[0] == grey[1] && grey[1] == grey[2] && grey[3] > 0,
            $"{unknown.Buurt.Code}: rgba({string.Join(',', grey)})"
        );
        Assert.True(coloured[0] > coloured[2] + 40, $"{scored.Buurt.Code}: rgba({string.Join(',', coloured)})");
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("onbekend");
    }

    [Fact]
    public async Task ChooseOpgaveTheme_NaturalBreaks_LegendNamesTheMethod()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.GetByTestId("kaart-thema").SelectOptionAsync("energie");
        await page.GetByTestId("kaart-klassen").SelectOptionAsync("NaturalBreaks");

        await Assertions
            .Expect(page.GetByTestId("map-legend"))
            .ToContainTextAsync("Urgentie energie", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions
            .Expect(page.GetByTestId("legend-methode"))
            .ToHaveTextAsync("Klassen: natuurlijke grenzen (Jenks)");
        await BrowserPages.SaveScreenshotAsync(page, "thema-energie.png");
    }

    [Fact]
    public async Task ChooseProfile_VasteDrempels_ReloadsTheMapWithThatProfile()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.GetByTestId("profiel").SelectOptionAsync("vaste-drempels");

        await Assertions
            .Expect(page.GetByTestId("app-profiel"))
            .ToContainTextAsync("Vaste drempels", new() { Timeout = BrowserPages.TimeoutMs });
        Assert.EndsWith("?profiel=vaste-drempels", page.Url, StringComparison.Ordinal);
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = BrowserPages.TimeoutMs });
    }
}
