using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>The main pages run under the CSP without the browser blocking (or reporting) anything.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Recorded from the first script on, before any page script could trip the policy.
    private const string RecordViolations =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', "
        + "e => window.__cspViolations.push([e.violatedDirective, e.blockedURI, e.sample, e.sourceFile + ':' + e.lineNumber].join(' ')));";

    [Theory]
    [InlineData("/")]
    [InlineData("/overzicht")]
    [InlineData("/vergelijk")]
    [InlineData("/lagen")]
    [InlineData("/beheer/audit")]
    public async Task Open_MainPage_NoContentSecurityPolicyViolation(string path)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        await page.GotoAsync(new Uri(fixture.Server.RootUri, path).ToString());
        await page.WaitForFunctionAsync(
            "() => window.Blazor !== undefined",
            null,
            new() { Timeout = BrowserPages.TimeoutMs }
        );
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 2 * BrowserPages.TimeoutMs });

        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Open_WijkAgendaPrint_NoContentSecurityPolicyViolation()
    {
        var wijk = (await BrowserPages.AnalyseAsync(fixture))
            .Buurten.Select(b => b.Buurt.WijkCode)
            .First(w => w is not null);
        await Open_MainPage_NoContentSecurityPolicyViolation($"/agenda/wijk/{wijk}");
    }
}
