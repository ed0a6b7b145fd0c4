using System.Globalization;
using System.Text.RegularExpressions;
using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class ProfileVersionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SaveAsVersion_LowerThreshold_ReloadSelectVersion_MapAndPanelShowTheNewScores()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        await page.GetByText("Planner: belang en drempel aanpassen").ClickAsync();
        await page.GetByTestId("drempel").FillAsync("50");
        await page.GetByTestId("profielversie-naam").FillAsync("Drempel vijftig");
        await page.GetByTestId("profielversie-notities").FillAsync("eerder urgent");
        await page.GetByTestId("profielversie-bewaar").ClickAsync();
        await Assertions
            .Expect(page.GetByTestId("profielversie-bewaard"))
            .ToContainTextAsync("versie 2", new() { Timeout = BrowserPages.TimeoutMs });
        var changed = await BuurtWithOtherOverlapAsync("standaard-v2");

        await page.ReloadAsync();
        await BrowserPages.WaitForInteractiveAsync(page);
        await WaitForPaintAsync(page);
        var before = await BrowserPages.PixelOfAsync(page, changed.Buurt.Code);
        var paints = await page.GetByTestId("buurt-map").GetAttributeAsync("data-paint");
        await page.GetByTestId("profiel").SelectOptionAsync("standaard-v2");

        await Assertions
            .Expect(page.GetByTestId("app-profiel"))
            .ToContainTextAsync("Drempel vijftig", new() { Timeout = BrowserPages.TimeoutMs });
        Assert.EndsWith("?profiel=standaard-v2", page.Url, StringComparison.Ordinal);
        await BrowserPages.WaitForInteractiveAsync(page);
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .Not.ToHaveAttributeAsync("data-paint", paints!, new() { Timeout = BrowserPages.TimeoutMs });
        Assert.NotEqual(before, await BrowserPages.PixelOfAsync(page, changed.Buurt.Code));
        await BrowserPages.ClickBuurtAsync(page, changed.Buurt.Code);
        await Assertions
            .Expect(page.GetByTestId("buurt-overlap"))
            .ToContainTextAsync(
                changed.Score.Overlap.ToString(CultureInfo.InvariantCulture) + " van",
                new() { Timeout = BrowserPages.TimeoutMs }
            );
        await BrowserPages.SaveScreenshotAsync(page, "profielversie.png");
    }

    private static Task WaitForPaintAsync(IPage page) =>
        Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-paint", new Regex("^[1-9]"), new() { Timeout = BrowserPages.TimeoutMs });

    // A buurt whose overlap under the saved version differs from the standaard profile, as the server scores it.
    private async Task<BuurtAnalysis> BuurtWithOtherOverlapAsync(string profiel)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var analysis = scope.ServiceProvider.GetRequiredService<AnalysisService>();
        var standaard = (await analysis.AnalyseAsync(null, CancellationToken.None)).Buurten.ToDictionary(
            b => b.Buurt.Code,
            StringComparer.Ordinal
        );
        var version = await analysis.AnalyseAsync(profiel, CancellationToken.None);
        return version.Buurten.First(b => b.Score.Overlap != standaard[b.Buurt.Code].Score.Overlap);
    }
}
