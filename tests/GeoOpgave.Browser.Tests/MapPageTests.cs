using GeoOpgave.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class MapPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const float TimeoutMs = 30_000;

    [Fact]
    public async Task Open_DemoWorkspace_DrawsEveryBuurtAndTheLegend()
    {
        var analysis = await AnalyseAsync();
        await using var context = await NewContextAsync();
        var page = await OpenMapAsync(context);

        await Assertions.Expect(page.Locator("path.buurt")).ToHaveCountAsync(analysis.Buurten.Count, new() { Timeout = TimeoutMs });
        await Assertions.Expect(page.GetByTestId("app-titel")).ToHaveTextAsync("GeoOpgave — Demodam");
        await Assertions.Expect(page.GetByTestId("map-legend")).ToContainTextAsync("Aantal urgente opgaven");
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-state", "klaar");
    }

    [Fact]
    public async Task Search_BuurtName_ZoomsAndOpensItsPanel()
    {
        var analysis = await AnalyseAsync();
        var target = analysis.Buurten[analysis.Buurten.Count / 2];
        await using var context = await NewContextAsync();
        var page = await OpenMapAsync(context);
        await Assertions.Expect(page.GetByTestId("buurt-map")).ToHaveAttributeAsync("data-state", "klaar", new() { Timeout = TimeoutMs });

        await page.GetByTestId("kaart-zoek").FillAsync(target.Buurt.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("buurt-naam")).ToHaveTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(page.GetByTestId("kaart-zoek-status")).ToContainTextAsync("Gevonden");
    }

    [Fact]
    public async Task ClickBuurt_MostUrgentBuurt_ShowsItsNameAndOpgavenInThePanel()
    {
        var analysis = await AnalyseAsync();
        var target = analysis.Buurten.OrderByDescending(b => b.Score.Overlap).ThenBy(b => b.Buurt.Code, StringComparer.Ordinal).First();
        await using var context = await NewContextAsync();
        var page = await OpenMapAsync(context);
        var path = page.Locator($"path.buurt-{target.Buurt.Code}");
        await Assertions.Expect(path).ToHaveCountAsync(1, new() { Timeout = TimeoutMs });

        await ClickInsideAsync(page, path);

        var panel = page.GetByTestId("buurt-panel");
        await Assertions.Expect(panel.GetByTestId("buurt-naam")).ToHaveTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(panel.GetByTestId("buurt-code")).ToContainTextAsync(target.Buurt.Code);
        foreach (var opgave in analysis.Profile.Opgaven)
        {
            var score = target.Score.Opgaven.Single(s => s.OpgaveId == opgave.Id);
            var row = panel.GetByTestId($"opgave-{opgave.Id}");
            await Assertions.Expect(row).ToContainTextAsync(opgave.Name);
            await Assertions.Expect(row.Locator(".opgave__urgentie")).ToHaveTextAsync(AnalysisLayer.ClassName(score.Class));
        }

        await Assertions.Expect(path).ToHaveAttributeAsync("stroke-width", "4");
        await Assertions.Expect(panel.GetByTestId("uitleg").Locator("li").First).ToContainTextAsync(target.Buurt.Name, new() { Timeout = TimeoutMs });
        await Assertions.Expect(panel.GetByTestId("indicatoren-vergelijk")).ToContainTextAsync("Gemeente");
        await SaveScreenshotAsync(page, "map.png");
    }

    private Task<IBrowserContext> NewContextAsync() =>
        fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "nl-NL" });

    private async Task<IPage> OpenMapAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Server.RootUri.ToString());
        return page;
    }

    // A polygon's bounding-box centre can lie outside it or under the legend: click a point that hits the path itself.
    private static async Task ClickInsideAsync(IPage page, ILocator path)
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

    private async Task<AnalysisResult> AnalyseAsync()
    {
        _ = fixture.Server.RootUri;
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnalysisService>().AnalyseAsync(null, CancellationToken.None);
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }
}
