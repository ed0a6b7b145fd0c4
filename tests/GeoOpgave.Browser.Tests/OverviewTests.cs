using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class OverviewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Open_Demo_ShowsKeyFiguresMatrixAndTopBuurten()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var first = analysis.Buurten.Single(b => b.Score.PriorityRank == 1);
        var opgaven = analysis.Profile.Opgaven.Count;
        var page = await BrowserPages.OpenAsync(fixture, "/overzicht");

        await Assertions
            .Expect(page.GetByTestId($"top-buurt-{first.Buurt.Code}"))
            .ToContainTextAsync(first.Buurt.Name, new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions
            .Expect(page.Locator("[data-testid=overlap-matrix] tbody td"))
            .ToHaveCountAsync(opgaven * opgaven);
        await Assertions
            .Expect(page.GetByTestId("kern-overlap"))
            .ToHaveTextAsync(
                analysis
                    .Buurten.Count(b => b.Score.Overlap >= 2)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = BrowserPages.TimeoutMs });
        await BrowserPages.SaveScreenshotAsync(page, "overzicht.png", fullPage: true);
    }

    [Fact]
    public async Task Compare_TwoProfiles_DrawsDifferenceMapAndTopKTables()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/vergelijk");

        await Assertions.Expect(page.GetByTestId("topk")).ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("Verschil urgente opgaven (B − A)");
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-paint", "1", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions
            .Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Vergeleken:" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("vergelijk-voortgang")).ToHaveCountAsync(0);
        await BrowserPages.SaveScreenshotAsync(page, "vergelijk.png");
    }
}
