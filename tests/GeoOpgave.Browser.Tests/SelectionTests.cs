using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class SelectionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ShiftClick_TwoBuurten_OpensTheirCombinedAgenda()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var picked = analysis.Buurten.OrderBy(b => b.Score.PriorityOrder).Take(2).ToArray();
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.Keyboard.DownAsync("Shift");
        foreach (var buurt in picked)
        {
            await BrowserPages.ClickBuurtAsync(page, buurt.Buurt.Code);
        }

        await page.Keyboard.UpAsync("Shift");
        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("2 buurten", new() { Timeout = BrowserPages.TimeoutMs });
        await page.GetByTestId("selectie-agenda").ClickAsync();

        await Assertions
            .Expect(page.Locator("[data-testid=agenda-buurten] tbody tr"))
            .ToHaveCountAsync(2, new() { Timeout = BrowserPages.TimeoutMs });
        foreach (var buurt in picked)
        {
            await Assertions
                .Expect(page.GetByTestId($"agenda-buurt-{buurt.Buurt.Code}"))
                .ToContainTextAsync(buurt.Buurt.Name);
        }
    }
}
