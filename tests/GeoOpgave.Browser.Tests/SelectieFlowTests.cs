using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class SelectieFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SaveSelectie_ReloadAndOpen_SelectsTheSameBuurten()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var picked = analysis
            .Buurten.OrderBy(b => b.Score.PriorityOrder)
            .Take(2)
            .Select(b => b.Buurt.Code)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        await page.Keyboard.DownAsync("Shift");
        foreach (var code in picked)
        {
            await BrowserPages.ClickBuurtAsync(page, code);
        }

        await page.Keyboard.UpAsync("Shift");
        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("2 buurten", new() { Timeout = BrowserPages.TimeoutMs });
        await page.GetByTestId("selectie-naam").FillAsync("Rondje centrum");
        await page.GetByTestId("selectie-notities").FillAsync("eerst hier beginnen");
        await page.GetByTestId("selectie-bewaar").ClickAsync();
        await Assertions
            .Expect(page.GetByTestId("selectie-bewaard"))
            .ToContainTextAsync("Rondje centrum", new() { Timeout = BrowserPages.TimeoutMs });

        await page.ReloadAsync();
        await BrowserPages.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("selectie")).ToHaveCountAsync(0);
        var saved = page.GetByTestId("selectie-item").Filter(new() { HasText = "Rondje centrum" });
        await Assertions
            .Expect(saved)
            .ToContainTextAsync("eerst hier beginnen", new() { Timeout = BrowserPages.TimeoutMs });
        await saved.GetByTestId("selectie-open").ClickAsync();

        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("2 buurten", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions.Expect(page.GetByTestId("selectie")).ToContainTextAsync(string.Join(", ", picked));
        await BrowserPages.SaveScreenshotAsync(page, "selectie-heropend.png");
    }
}
