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

    /// <summary>
    /// A visible screen point inside the buurt as the canvas tile layer drew it (the map's test hook hit-tests its
    /// decoded tiles and skips points under controls or the legend); fails the test when the buurt is not on screen.
    /// </summary>
    public static async Task<(float X, float Y)> PointOfAsync(IPage page, string code)
    {
        var point = await page.GetByTestId("buurt-map").EvaluateAsync<double[]?>("(el, code) => el.buurtMapProbe.pointOf(code)", code);
        Assert.True(point is not null, $"No visible point of buurt {code} on the map");
        return ((float)point[0], (float)point[1]);
    }

    public static async Task ClickBuurtAsync(IPage page, string code)
    {
        var (x, y) = await PointOfAsync(page, code);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>The RGBA the buurt layer's canvas holds at a point inside the buurt.</summary>
    public static async Task<int[]> PixelOfAsync(IPage page, string code) =>
        await page.GetByTestId("buurt-map").EvaluateAsync<int[]>("(el, code) => el.buurtMapProbe.pixelOf(code)", code);

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public static Task SaveScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(name), FullPage = fullPage });
}
