using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace GeoOpgave.Bench.Map;

/// <summary>
/// W6 (d): the map page in headless Debian chromium: time from navigation to the first visible <c>path.buurt</c>
/// and to all buurten drawn. Target (BENCHMARKS.md): first paint &lt; 2 s.
/// </summary>
internal static class FirstPaint
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task<(double ColdFirstMs, double FirstMs, double AllMs, int Drawn)?> MeasureAsync(Uri baseAddress, int buurten, TextWriter output)
    {
        if (!File.Exists(Chromium))
        {
            output.WriteLine($"geen {Chromium}: eerste weergave niet gemeten");
            return null;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        // The first visit pays the server's first analysis and the circuit start; the second is what a returning user sees.
        var cold = await OneVisitAsync(browser, baseAddress, buurten, "koud", output);
        var warm = await OneVisitAsync(browser, baseAddress, buurten, "warm", output);
        return (cold.FirstMs, warm.FirstMs, warm.AllMs, warm.Drawn);
    }

    private static async Task<(double FirstMs, double AllMs, int Drawn)> OneVisitAsync(IBrowser browser, Uri baseAddress, int buurten, string label, TextWriter output)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(baseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await page.WaitForSelectorAsync("path.buurt", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 120_000 });
        var first = clock.Elapsed.TotalMilliseconds;
        var drawn = 0;
        try
        {
            await page.WaitForFunctionAsync(
                "n => document.querySelectorAll('path.buurt').length >= n",
                buurten,
                new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            output.WriteLine("niet alle buurten getekend binnen 120 s");
        }

        var all = clock.Elapsed.TotalMilliseconds;
        drawn = await page.EvaluateAsync<int>("() => document.querySelectorAll('path.buurt').length");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chromium {label}: eerste path.buurt na {first:F0} ms, {drawn} buurten na {all:F0} ms"));
        return (first, all, drawn);
    }
}
