using System.Globalization;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Werken;
using GeoOpgave.Web.Components.Map;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>The demo's planned works in the browser: the period slider on the map and the timeline of a wijk.</summary>
public sealed class WerkenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const float TimeoutMs = BrowserPages.TimeoutMs;

    // The old centre, where the demo's sewer, heat network and corporatie plans meet.
    private const string OudeKern = "WK999900";

    [Fact]
    public async Task PeriodSlider_MovedToTheLastYear_TheMapShowsOnlyTheWorksOfThatYear()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var span = WorksPeriod.Of(analysis.Werken!.Works.Select(r => r.Work))!;
        var all = await WorkIdsAsync(span.First, span.Last);
        var last = await WorkIdsAsync(span.Last, span.Last);
        Assert.True(last.Count > 0 && last.Count < all.Count, $"the demo's last year {span.Last} should hold some works, not all");
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var map = page.GetByTestId("buurt-map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-werken", Text(all.Count), new() { Timeout = TimeoutMs });
        Assert.Equal(all, await DrawnWorksAsync(map));
        await Assertions.Expect(page.GetByTestId("periode-tekst")).ToContainTextAsync($"{span.First}–{span.Last} · {all.Count} werken op de kaart");

        await page.GetByTestId("periode-van").FocusAsync();
        await page.Keyboard.PressAsync("End");

        await Assertions.Expect(map).ToHaveAttributeAsync("data-werken", Text(last.Count), new() { Timeout = TimeoutMs });
        Assert.Equal(last, await DrawnWorksAsync(map));
        await Assertions.Expect(map.Locator(".leaflet-werken-pane path")).ToHaveCountAsync(last.Count);
        await Assertions.Expect(page.GetByTestId("periode-tekst")).ToContainTextAsync($"{span.Last} · {Works(last.Count)} op de kaart");
        await BrowserPages.SaveScreenshotAsync(page, "kaart-periode.png");
    }

    [Fact]
    public async Task WijkTimeline_OudeKern_ShowsEveryBuurtsWorksAsBarsWithTheirOwnersAndMarks()
    {
        var agenda = await AgendaAsync(OudeKern);
        var page = await BrowserPages.OpenAsync(fixture, $"/agenda/wijk/{OudeKern}");

        var timeline = page.GetByTestId("agenda-tijdlijn");
        await Assertions.Expect(timeline).ToBeVisibleAsync(new() { Timeout = TimeoutMs });
        var withWorks = agenda.Buurten.Where(b => agenda.Planning.Works.Any(w => w.Buurten.Contains(b.Code))).ToList();
        Assert.NotEmpty(withWorks);
        await Assertions.Expect(timeline.GetByTestId("tijdlijn-buurt")).ToHaveCountAsync(withWorks.Count);
        foreach (var buurt in withWorks)
        {
            var works = agenda.Planning.Works.Where(w => w.Buurten.Contains(buurt.Code)).ToList();
            var chart = timeline.Locator($"[data-testid=tijdlijn-buurt][data-code={buurt.Code}]");
            await Assertions.Expect(chart.Locator("figcaption")).ToHaveTextAsync(buurt.Name);
            await Assertions.Expect(chart.GetByTestId("tijdlijn-balk")).ToHaveCountAsync(works.Count);
            var owners = works.Select(w => w.Eigenaar ?? "Eigenaar onbekend").Distinct().Order(StringComparer.Ordinal).ToArray();
            await Assertions.Expect(chart.GetByTestId("tijdlijn-eigenaar")).ToHaveTextAsync(owners);
            foreach (var work in works)
            {
                var bar = chart.Locator($"[data-testid=tijdlijn-balk][data-werk='{work.Id}']");
                await Assertions.Expect(bar).ToHaveAttributeAsync("data-eigenaar", work.Eigenaar ?? "Eigenaar onbekend");
                await Assertions.Expect(bar).ToBeVisibleAsync();
            }
        }

        Assert.Contains(agenda.Planning.Combinations, c => c.Pairs.Count > 0);
        await Assertions.Expect(timeline).ToContainTextAsync("Gemeente Demodam");
        await Assertions.Expect(timeline).ToContainTextAsync("Warmtebedrijf Demodam");
        await Assertions.Expect(timeline.GetByTestId("tijdlijn-koppelkans")).ToHaveCountAsync(Links(agenda, c => c.Combinations.Select(k => k.Pairs.Count)));
        await Assertions.Expect(timeline.GetByTestId("tijdlijn-verschuiven")).ToHaveCountAsync(Links(agenda, c => c.Shifts.Select(s => s.Buurten.Count)));
        await Assertions.Expect(timeline.GetByTestId("tijdlijn-conflict")).ToHaveCountAsync(Links(agenda, c => c.Conflicts.Select(s => s.Buurten.Count)));
        await timeline.ScreenshotAsync(new() { Path = BrowserPages.ScreenshotPath("agenda-tijdlijn.png") });
    }

    [Fact]
    public async Task BuurtPanel_BuurtWithWorks_LeadsToTheTimelineOfItsWijk()
    {
        var agenda = await AgendaAsync(OudeKern);
        var buurt = agenda.Buurten.First(b => agenda.Planning.Works.Any(w => w.Buurten.Contains(b.Code)));
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await BrowserPages.ClickBuurtAsync(page, buurt.Code);
        await page.GetByTestId("agenda-tijdlijn-link").ClickAsync(new() { Timeout = TimeoutMs });

        await Assertions.Expect(page.GetByTestId("agenda-titel")).ToContainTextAsync(agenda.Title, new() { Timeout = TimeoutMs });
        await Assertions.Expect(page.Locator($"[data-testid=tijdlijn-buurt][data-code={buurt.Code}]")).ToBeVisibleAsync();
    }

    private static int Links(Gebiedsagenda agenda, Func<AgendaPlanning, IEnumerable<int>> perBuurt) => perBuurt(agenda.Planning).Sum();

    private async Task<List<string>> WorkIdsAsync(int van, int tot)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var works = await scope.ServiceProvider.GetRequiredService<WerkenService>().ListAsync(van, tot, null, CancellationToken.None);
        return works.Select(w => w.Id).ToList();
    }

    private async Task<Gebiedsagenda> AgendaAsync(string code)
    {
        _ = fixture.Server.RootUri;
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgendaService>().BuildAsync(new AgendaRequest([code], null), CancellationToken.None);
    }

    private static async Task<List<string>> DrawnWorksAsync(ILocator map) =>
        [.. await map.EvaluateAsync<string[]>("el => el.buurtMapProbe.works()")];

    private static string Works(int count) => count == 1 ? "1 werk" : $"{Text(count)} werken";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
