using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class PrintTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task OpenWijkAgenda_DemoWijk_ShowsMapTablesAndPrintsToPdf()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var wijk = analysis.Wijken.First(w =>
            analysis.Buurten.Any(b => b.Buurt.WijkCode == w.Code && b.Score.Overlap >= 2)
        );
        var members = analysis.Buurten.Count(b => b.Buurt.WijkCode == wijk.Code);
        var page = await BrowserPages.OpenAsync(fixture, $"/agenda/wijk/{wijk.Code}");

        await Assertions
            .Expect(page.GetByTestId("agenda-titel"))
            .ToContainTextAsync(wijk.Name, new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions
            .Expect(page.Locator("[data-testid=static-map] path.static-map__gebied"))
            .ToHaveCountAsync(members);
        await Assertions.Expect(page.Locator("[data-testid=agenda-buurten] tbody tr")).ToHaveCountAsync(members);
        await Assertions.Expect(page.GetByTestId("agenda-meta")).ToContainTextAsync("versie 1");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserPages.SaveScreenshotAsync(page, "agenda-wijk-print.png", fullPage: true);

        var pdf = await page.PdfAsync(
            new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                Path = BrowserPages.ScreenshotPath("agenda-wijk.pdf"),
            }
        );

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 20_000, $"PDF of {pdf.Length} bytes is too small to hold the agenda");
    }

    [Fact]
    public async Task OpenAgenda_UnknownCode_ShowsDutchMessageWithoutStackTrace()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/agenda?codes=WK000000");

        var error = page.GetByTestId("page-error");
        await Assertions.Expect(error).ToContainTextAsync("bestaat niet", new() { Timeout = BrowserPages.TimeoutMs });
        Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
