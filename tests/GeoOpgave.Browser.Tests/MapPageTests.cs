using System.Text.Json.Nodes;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class MapPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const float TimeoutMs = BrowserPages.TimeoutMs;

    [Fact]
    public async Task Open_DemoWorkspace_DrawsEveryBuurtAndTheLegend()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var page = await BrowserPages.OpenAsync(fixture, "/");

        var map = page.GetByTestId("buurt-map");
        await Assertions
            .Expect(map)
            .ToHaveAttributeAsync(
                "data-drawn",
                analysis.Buurten.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new() { Timeout = TimeoutMs }
            );
        await Assertions.Expect(map.Locator("canvas.leaflet-tile").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("app-titel")).ToHaveTextAsync("GeoOpgave — Demodam");
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("Aantal urgente opgaven");
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-state", "klaar");
    }

    [Fact]
    public async Task Open_FirstVisit_StartsTheMapFromThePrerenderedPageAndTheComponentTakesItOver()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var target = analysis.Buurten[analysis.Buurten.Count / 2];
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        // The map that early-map.js started before the circuit is the one the component shows and drives: one
        // Leaflet map, marked as started early, and a click reaches the server.
        var map = page.GetByTestId("buurt-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-early", "true", new() { Timeout = TimeoutMs });
        await Assertions.Expect(map.Locator(".leaflet-container")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("[data-early-tiles]").CountAsync());
        var (x, y) = await BrowserPages.PointOfAsync(page, target.Buurt.Code);
        await page.Mouse.ClickAsync(x, y);
        await Assertions
            .Expect(page.GetByTestId("buurt-panel"))
            .ToContainTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
    }

    [Fact]
    public async Task Hover_Buurt_ShowsItsTooltipFromTheTiles()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var target = analysis.Buurten[analysis.Buurten.Count / 3];
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var (x, y) = await BrowserPages.PointOfAsync(page, target.Buurt.Code);

        await page.Mouse.MoveAsync(x, y);

        await Assertions
            .Expect(page.Locator(".leaflet-tooltip"))
            .ToContainTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
    }

    [Fact]
    public async Task Search_BuurtName_ZoomsAndOpensItsPanel()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var target = analysis.Buurten[analysis.Buurten.Count / 2];
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

        await page.GetByTestId("kaart-zoek").FillAsync(target.Buurt.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek" }).ClickAsync();

        await Assertions
            .Expect(page.GetByTestId("buurt-naam"))
            .ToHaveTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(page.GetByTestId("kaart-zoek-status")).ToContainTextAsync("Gevonden");
    }

    [Fact]
    public async Task Search_BuurtWithAnOnbekendOpgave_PanelCountsOnlyTheKnownOpgaven()
    {
        // In the demo only Plas en Park lacks figures, and standaard does not rank it (15 inwoners): a profile that
        // ranks every buurt shows it with its onbekend opgaven, as a gemeente that chooses so would see it.
        var (profiel, analysis) = await EveryBuurtRankedAsync();
        var target = analysis.Buurten.First(b => b.Score.KnownOpgaven < analysis.Profile.Opgaven.Count);
        var page = await BrowserPages.OpenAsync(fixture, "/?profiel=" + profiel);
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

        await page.GetByTestId("kaart-zoek").FillAsync(target.Buurt.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek" }).ClickAsync();

        var known = target.Score.KnownOpgaven;
        var expected = $"{target.Score.Overlap} van {known} bekende {(known == 1 ? "opgave" : "opgaven")} urgent";
        await Assertions
            .Expect(page.GetByTestId("buurt-naam"))
            .ToHaveTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(page.GetByTestId("buurt-overlap")).ToContainTextAsync(expected);
        await Assertions
            .Expect(page.GetByTestId("buurt-onbekend"))
            .ToContainTextAsync($"{analysis.Profile.Opgaven.Count - known} onbekend");
    }

    [Fact]
    public async Task Search_BuurtWhereAlmostNobodyLives_PanelSaysItIsNotRankedAndWhy()
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

        await page.GetByTestId("kaart-zoek").FillAsync("BU99990209");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek" }).ClickAsync();

        await Assertions
            .Expect(page.GetByTestId("buurt-naam"))
            .ToHaveTextAsync("Plas en Park", new() { Timeout = TimeoutMs });
        await Assertions
            .Expect(page.GetByTestId("buurt-niet-gerangschikt"))
            .ToContainTextAsync("Niet gerangschikt: minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen)");
        await Assertions.Expect(page.GetByTestId("buurt-overlap")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ClickBuurt_MostUrgentBuurt_ShowsItsNameAndOpgavenInThePanel()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var target = analysis
            .Buurten.OrderByDescending(b => b.Score.Overlap)
            .ThenBy(b => b.Buurt.Code, StringComparer.Ordinal)
            .First();
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var before = await BrowserPages.PixelOfAsync(page, target.Buurt.Code);

        await BrowserPages.ClickBuurtAsync(page, target.Buurt.Code);

        var panel = page.GetByTestId("buurt-panel");
        await Assertions
            .Expect(panel.GetByTestId("buurt-naam"))
            .ToHaveTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(panel.GetByTestId("buurt-code")).ToContainTextAsync(target.Buurt.Code);
        foreach (var opgave in analysis.Profile.Opgaven)
        {
            var score = target.Score.Opgaven.Single(s => s.OpgaveId == opgave.Id);
            var row = panel.GetByTestId($"opgave-{opgave.Id}");
            await Assertions.Expect(row).ToContainTextAsync(opgave.Name);
            await Assertions
                .Expect(row.Locator(".opgave__urgentie"))
                .ToHaveTextAsync(AnalysisLayer.ClassName(score.Class));
        }

        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-selected", target.Buurt.Code);
        Assert.Equal(before, await BrowserPages.PixelOfAsync(page, target.Buurt.Code));
        await Assertions
            .Expect(panel.GetByTestId("uitleg").Locator("li").First)
            .ToContainTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(panel.GetByTestId("indicatoren-vergelijk")).ToContainTextAsync("Gemeente");
        await BrowserPages.SaveScreenshotAsync(page, "map.png");
    }

    // Saves standaard as its own family with every buurt ranked; the fixture belongs to this class, so no other test
    // sees it.
    private async Task<(string Profiel, AnalysisResult Analysis)> EveryBuurtRankedAsync()
    {
        _ = fixture.Server.RootUri;
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ProfileCatalog>();
        var id = catalog.List().FirstOrDefault(p => p.ProfielId == "iedereen-gerangschikt")?.Id;
        if (id is null)
        {
            var document = JsonNode.Parse(catalog.DocumentOf(null))!.AsObject();
            document["id"] = "iedereen-gerangschikt";
            document["name"] = "Iedereen gerangschikt";
            document["rankingBase"] = new JsonObject
            {
                ["minimumResidents"] = 0,
                ["minimumDwellings"] = 0,
                ["maximumWaterShare"] = 1,
            };
            var saved = await scope
                .ServiceProvider.GetRequiredService<ProfileVersionService>()
                .SaveAsync(document.ToJsonString(), null, CancellationToken.None);
            id = saved.Saved!.Id;
        }

        return (
            id,
            await scope.ServiceProvider.GetRequiredService<AnalysisService>().AnalyseAsync(id, CancellationToken.None)
        );
    }
}
