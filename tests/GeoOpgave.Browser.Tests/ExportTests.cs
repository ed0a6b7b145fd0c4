using GeoOpgave.Tests.Shared;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class ExportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ExportMenu_GeoPackage_DownloadsAFileOgrinfoReadsWithoutWarnings()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        var link = page.GetByTestId("export-gpkg");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
        await BrowserPages.SaveScreenshotAsync(page, "export-menu.png");
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-download-{Guid.NewGuid():N}.gpkg");

        try
        {
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            await download.SaveAsAsync(path);
            var output = await OgrInfo.RunAsync("-ro", "-al", "-so", path);

            Assert.Matches(@"^buurten-standaard-\d{4}\.gpkg$", download.SuggestedFilename);
            OgrInfo.AssertClean(output);
            Assert.Contains("Layer name: buurten", output, StringComparison.Ordinal);
            Assert.Contains("overlap: Integer", output, StringComparison.Ordinal);
            Assert.Matches(@"Feature Count: [1-9]\d", output);
        }
        finally
        {
            File.Delete(path);
            await page.Context.CloseAsync();
        }
    }
}
