using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>What the browser tests share: a Dutch 1280×800 page, the demo analysis, clicking a polygon and screenshots.</summary>
internal static class BrowserPages
{
    public const float TimeoutMs = 30_000;

    public static async Task<IPage> OpenAsync(BrowserFixture fixture, string path)
    {
        var context = await fixture.Browser.NewContextAsync(
            new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Server.RootUri, path).ToString());
        return page;
    }

    public static async Task<AnalysisResult> AnalyseAsync(BrowserFixture fixture)
    {
        _ = fixture.Server.RootUri;
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnalysisService>().AnalyseAsync(null, CancellationToken.None);
    }

    /// <summary>Waits until Blazor's circuit is up, so that clicks and inputs reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

    // A polygon's bounding-box centre can lie outside it or under the legend: click a point that hits the path itself.
    public static async Task ClickInsideAsync(IPage page, ILocator path)
    {
        var point = await path.EvaluateAsync<double[]?>(
            """
            el => {
              const box = el.getBoundingClientRect();
              for (let i = 1; i < 16; i++) {
                for (let j = 1; j < 16; j++) {
                  const x = box.left + box.width * i / 16, y = box.top + box.height * j / 16;
                  if (document.elementFromPoint(x, y) === el) return [x, y];
                }
              }
              return null;
            }
            """);
        Assert.True(point is not null, "No visible point of the buurt to click");
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public static Task SaveScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = fullPage });
}
