using System.Text.Json;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>axe-core (npm, in the web project's node_modules) on the main pages: no serious or critical
/// violations.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/", "buurt-map")]
    [InlineData("/overzicht", "overlap-matrix")]
    [InlineData("/agenda/wijk/{wijk}", "static-map")]
    [InlineData("/vergelijk", "topk")]
    public async Task Axe_MainPage_FindsNoSeriousViolations(string path, string readyTestId)
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var page = await BrowserPages.OpenAsync(
            fixture,
            path.Replace("{wijk}", analysis.Wijken[0].Code, StringComparison.Ordinal)
        );
        await Assertions
            .Expect(page.GetByTestId(readyTestId))
            .ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Evaluated rather than added as a <script> tag: the app's CSP (script-src 'self') rightly blocks inline
        // scripts.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath()));
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        var violations = json.EnumerateArray().Select(v => v.GetString()).ToArray();
        await BrowserPages.SaveScreenshotAsync(
            page,
            $"axe{path.Replace('/', '-').Replace("{wijk}", "wijk", StringComparison.Ordinal)}.png"
        );

        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
    }

    // The test runs from bin/…/; axe-core is a devDependency of src/GeoOpgave.Web.
    private static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(
                dir.FullName,
                "src",
                "GeoOpgave.Web",
                "node_modules",
                "axe-core",
                "axe.min.js"
            );
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "axe-core is missing: run 'npm ci' in src/GeoOpgave.Web (the web build does so)."
        );
    }
}
