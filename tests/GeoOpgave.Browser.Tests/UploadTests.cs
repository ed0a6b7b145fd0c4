using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>The analyst's upload page /lagen: a good file lands with its report, a broken one is refused in Dutch with
/// where it broke.</summary>
public sealed class UploadTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geoopgave-upload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Upload_SmallGeoJson_ShowsTheReportAndListsTheLayer()
    {
        var path = Path.Combine(_folder, "laadpalen.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"naam":"Station","vermogen":22},"geometry":{"type":"Point","coordinates":[5.3872,52.1552]}},
            {"type":"Feature","properties":{"naam":"Markt","vermogen":-99997},"geometry":{"type":"Point","coordinates":[5.3900,52.1570]}}
            ]}
            """);
        var page = await OpenUploadPageAsync();

        try
        {
            await UploadAsync(page, path);

            var report = page.GetByTestId("upload-rapport");
            await Assertions
                .Expect(report.GetByTestId("rapport-status"))
                .ToHaveTextAsync("Geïmporteerd", new() { Timeout = BrowserPages.TimeoutMs });
            await Assertions.Expect(report.GetByTestId("rapport-cijfers")).ToContainTextAsync("Gelezen2");
            await Assertions.Expect(report.GetByTestId("rapport-cijfers")).ToContainTextAsync("EPSG:4326");
            await Assertions.Expect(page.GetByTestId("lagen-lijst")).ToContainTextAsync("laadpalen");
            await BrowserPages.SaveScreenshotAsync(page, "upload-rapport.png", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Upload_BrokenGeoJson_ShowsDutchErrorWithTheLineAndChangesNothing()
    {
        var path = Path.Combine(_folder, "kapot.geojson");
        await File.WriteAllTextAsync(
            path,
            "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.38,52.15]}},\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.39,52.16]\n]}\n"
        );
        var page = await OpenUploadPageAsync();

        try
        {
            await UploadAsync(page, path);

            var report = page.GetByTestId("upload-rapport");
            await Assertions
                .Expect(report.GetByTestId("rapport-status"))
                .ToHaveTextAsync("Afgewezen — er is niets veranderd", new() { Timeout = BrowserPages.TimeoutMs });
            var issue = report.GetByTestId("rapport-meldingen").Locator("tbody tr").First;
            await Assertions.Expect(issue).ToContainTextAsync("Fout");
            await Assertions.Expect(issue).ToContainTextAsync("bestand kapot.geojson, regel 4");
            await Assertions.Expect(issue).ToContainTextAsync("geen geldige JSON");
            await Assertions.Expect(page.GetByText("kapot", new() { Exact = true })).ToHaveCountAsync(0);
            await BrowserPages.SaveScreenshotAsync(page, "upload-fout.png", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Bind_LayerOfAnotherGemeente_SaysItLiesOutsideTheBuurten()
    {
        // Two labelled addresses in Groningen, far from Demodam.
        var path = Path.Combine(_folder, "labels_groningen.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"energielabel":"E"},"geometry":{"type":"Point","coordinates":[6.5665,53.2194]}},
            {"type":"Feature","properties":{"energielabel":"B"},"geometry":{"type":"Point","coordinates":[6.5700,53.2210]}}
            ]}
            """);
        var page = await OpenUploadPageAsync();

        try
        {
            await UploadAsync(page, path);
            await Assertions
                .Expect(page.GetByTestId("lagen-lijst"))
                .ToContainTextAsync("labels_groningen", new() { Timeout = BrowserPages.TimeoutMs });

            await page.GetByTestId("koppel-laag").SelectOptionAsync("labels_groningen");
            await page.GetByTestId("koppel-indicator").FillAsync("aandeel_energielabel_efg");
            // The field binds on change, which a browser fires when the field loses focus.
            await page.GetByTestId("koppel-indicator").BlurAsync();
            await page.GetByTestId("koppel-start").ClickAsync();

            var message = page.GetByTestId("koppel-melding");
            await Assertions
                .Expect(message)
                .ToContainTextAsync("berekend: 0 van 48 buurten bekend", new() { Timeout = BrowserPages.TimeoutMs });
            await Assertions.Expect(message).ToContainTextAsync("ligt geheel buiten de 48 buurten van 2024");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task UploadAreas_GemeenteNotInTheKaart_IsRefusedNamingTheGemeentenItHolds()
    {
        var path = Path.Combine(_folder, "buurten_baarn.geojson");
        await File.WriteAllTextAsync(path, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"buurtcode":"BU03080000","buurtnaam":"Centrum","gemeentecode":"GM0308","jaar":2024},
             "geometry":{"type":"Polygon","coordinates":[[[5.28,52.21],[5.29,52.21],[5.29,52.22],[5.28,52.22],[5.28,52.21]]]}}
            ]}
            """);
        var page = await OpenUploadPageAsync();

        try
        {
            await page.GetByTestId("upload-gebieden").CheckAsync();
            await page.GetByTestId("upload-gemeenten").FillAsync("GM0999");
            await page.GetByTestId("upload-gemeenten").BlurAsync();
            await UploadAsync(page, path);

            var report = page.GetByTestId("upload-rapport");
            await Assertions
                .Expect(report.GetByTestId("rapport-status"))
                .ToHaveTextAsync("Afgewezen — er is niets veranderd", new() { Timeout = BrowserPages.TimeoutMs });
            await Assertions
                .Expect(report.GetByTestId("rapport-meldingen"))
                .ToContainTextAsync("geen gebieden van GM0999; wel van 1 andere, zoals GM0308");
            await BrowserPages.SaveScreenshotAsync(page, "upload-gebieden-gemeente.png", fullPage: true);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenUploadPageAsync()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/lagen");
        // The page marks itself once the circuit runs it; before that a chosen file never reaches the server.
        await Assertions
            .Expect(page.GetByTestId("lagen"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = BrowserPages.TimeoutMs });
        return page;
    }

    // The file input only reaches the server once Blazor's circuit is up; choosing again is harmless, so choose until
    // the button wakes.
    private static async Task UploadAsync(IPage page, string path)
    {
        var start = page.GetByTestId("upload-start");
        for (var attempt = 0; attempt < 10 && !await start.IsEnabledAsync(); attempt++)
        {
            await page.GetByTestId("upload-bestand").SetInputFilesAsync(path);
            try
            {
                await Assertions.Expect(start).ToBeEnabledAsync(new() { Timeout = 3_000 });
            }
            catch (PlaywrightException)
            {
                // Not interactive yet: choose the file again.
            }
        }

        await start.ClickAsync();
    }
}
