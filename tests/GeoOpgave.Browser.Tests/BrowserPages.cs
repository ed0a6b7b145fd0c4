using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>What the browser tests share: a Dutch 1280×800 page, the demo analysis, clicking a polygon and
/// screenshots.</summary>
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
        return await scope
            .ServiceProvider.GetRequiredService<AnalysisService>()
            .AnalyseAsync(null, CancellationToken.None);
    }

    /// <summary>Waits until Blazor's circuit is up, so that clicks and inputs reach the server.</summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

    /// <summary>
    /// A visible screen point inside the buurt as the canvas tile layer drew it (the map's test hook hit-tests its
    /// decoded tiles and skips points under controls or the legend); fails the test when the buurt is not on screen.
    /// </summary>
    public static async Task<(float X, float Y)> PointOfAsync(IPage page, string code)
    {
        var point = await ProbeAsync<double[]>(page, "(el, code) => el.buurtMapProbe.pointOf(code)", code);
        Assert.True(point is not null, $"No visible point of buurt {code} on the map");
        return ((float)point[0], (float)point[1]);
    }

    public static async Task ClickBuurtAsync(IPage page, string code)
    {
        var (x, y) = await PointOfAsync(page, code);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>The RGBA the buurt layer's canvas holds at a point inside the buurt.</summary>
    public static async Task<int[]> PixelOfAsync(IPage page, string code)
    {
        var pixel = await ProbeAsync<int[]>(page, "(el, code) => el.buurtMapProbe.pixelOf(code)", code);
        Assert.True(pixel is not null, $"Buurt {code} is not drawn on the map");
        return pixel;
    }

    // The layer may be refetching its tiles (a new profiel, a zoom): ask again until the buurt is drawn.
    private static async Task<T?> ProbeAsync<T>(IPage page, string expression, string code)
        where T : class
    {
        var map = page.GetByTestId("buurt-map");
        var deadline = DateTime.UtcNow.AddMilliseconds(TimeoutMs);
        var answer = await map.EvaluateAsync<T?>(expression, code);
        while (answer is null && DateTime.UtcNow < deadline)
        {
            await page.WaitForTimeoutAsync(100);
            answer = await map.EvaluateAsync<T?>(expression, code);
        }

        return answer;
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
