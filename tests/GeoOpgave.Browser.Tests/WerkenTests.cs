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
        Assert.True(
            last.Count > 0 && last.Count < all.Count,
            $"the demo's last year {span.Last} should hold some works, not all"
        );
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var map = page.GetByTestId("buurt-map");
        await Assertions
            .Expect(map)
            .ToHaveAttributeAsync("data-werken", Text(all.Count), new() { Timeout = TimeoutMs });
        Assert.Equal(all, await DrawnWorksAsync(map));
        await Assertions
            .Expect(page.GetByTestId("periode-tekst"))
            .ToContainTextAsync($"{span.First}–{span.Last} · {all.Count} werken op de kaart");

        await page.GetByTestId("periode-van").FocusAsync();
        await page.Keyboard.PressAsync("End");

        await Assertions
            .Expect(map)
            .ToHaveAttributeAsync("data-werken", Text(last.Count), new() { Timeout = TimeoutMs });
        Assert.Equal(last, await DrawnWorksAsync(map));
        await Assertions.Expect(map.Locator(".leaflet-werken-pane path")).ToHaveCountAsync(last.Count);
        await Assertions
            .Expect(page.GetByTestId("periode-tekst"))
            .ToContainTextAsync($"{span.Last} · {Works(last.Count)} op de kaart");
        await BrowserPages.SaveScreenshotAsync(page, "kaart-periode.png");
    }

    [Fact]
    public async Task PeriodSlider_Moved_TheBuurtTooltipCountsTheWorksOfTheNewPeriod()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var rows = analysis.Werken!.Works;
        var span = WorksPeriod.Of(rows.Select(r => r.Work))!;
        int Count(string code, int van, int tot) =>
            rows.Where(r => r.Buurtcode == code && r.Work.Overlaps(van, tot)).Select(r => r.Work.Id).Distinct().Count();
        var code = rows.Select(r => r.Buurtcode)
            .Distinct()
            .OrderBy(c => c, StringComparer.Ordinal)
            .First(c =>
                Count(c, span.First, span.Last) > 1 && Count(c, span.Last, span.Last) < Count(c, span.First, span.Last)
            );
        var name = analysis.FindBuurt(code)!.Buurt.Name;
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync(
                "data-werken",
                new System.Text.RegularExpressions.Regex("^[1-9]"),
                new() { Timeout = TimeoutMs }
            );
        var tooltip = page.Locator(".leaflet-tooltip");

        await HoverAsync(page, code);
        await Assertions.Expect(tooltip).ToContainTextAsync($"{name}", new() { Timeout = TimeoutMs });
        await Assertions
            .Expect(tooltip)
            .ToContainTextAsync($"{Count(code, span.First, span.Last)} geplande werken ({span.First}–{span.Last})");

        await page.GetByTestId("periode-van").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions
            .Expect(page.GetByTestId("periode-tekst"))
            .ToContainTextAsync($"{span.Last} · ", new() { Timeout = TimeoutMs });
        await HoverAsync(page, code);

        var later = Count(code, span.Last, span.Last);
        if (later == 0)
        {
            await Assertions.Expect(tooltip).Not.ToContainTextAsync("gepland");
        }
        else
        {
            await Assertions
                .Expect(tooltip)
                .ToContainTextAsync($"{later} {(later == 1 ? "gepland werk" : "geplande werken")} ({span.Last})");
        }
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
            var owners = works
                .Select(w => w.Eigenaar ?? "Eigenaar onbekend")
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToArray();
            await Assertions.Expect(chart.GetByTestId("tijdlijn-eigenaar")).ToHaveTextAsync(owners);
            foreach (var work in works)
            {
                var bar = chart.Locator($"[data-testid=tijdlijn-balk][data-werk='{work.Id}']");
                await Assertions
                    .Expect(bar)
                    .ToHaveAttributeAsync("data-eigenaar", work.Eigenaar ?? "Eigenaar onbekend");
                await Assertions.Expect(bar).ToBeVisibleAsync();
            }
        }

        Assert.Contains(agenda.Planning.Combinations, c => c.Pairs.Count > 0);
        await Assertions.Expect(timeline).ToContainTextAsync("Gemeente Demodam");
        await Assertions.Expect(timeline).ToContainTextAsync("Warmtebedrijf Demodam");
        await Assertions
            .Expect(timeline.GetByTestId("tijdlijn-koppelkans"))
            .ToHaveCountAsync(Links(agenda, c => c.Combinations.Select(k => k.Pairs.Count)));
        await Assertions
            .Expect(timeline.GetByTestId("tijdlijn-verschuiven"))
            .ToHaveCountAsync(Links(agenda, c => c.Shifts.Select(s => s.Buurten.Count)));
        await Assertions
            .Expect(timeline.GetByTestId("tijdlijn-conflict"))
            .ToHaveCountAsync(Links(agenda, c => c.Conflicts.Select(s => s.Buurten.Count)));
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

        await Assertions
            .Expect(page.GetByTestId("agenda-titel"))
            .ToContainTextAsync(agenda.Title, new() { Timeout = TimeoutMs });
        await Assertions
            .Expect(page.Locator($"[data-testid=tijdlijn-buurt][data-code={buurt.Code}]"))
            .ToBeVisibleAsync();
    }

    // Away and back, so the map's tooltip is made again for the buurt.
    private static async Task HoverAsync(IPage page, string code)
    {
        await page.Mouse.MoveAsync(1, 1);
        var (x, y) = await BrowserPages.PointOfAsync(page, code);
        await page.Mouse.MoveAsync(x, y);
    }

    private static int Links(Gebiedsagenda agenda, Func<AgendaPlanning, IEnumerable<int>> perBuurt) =>
        perBuurt(agenda.Planning).Sum();

    private async Task<List<string>> WorkIdsAsync(int van, int tot)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var works = await scope
            .ServiceProvider.GetRequiredService<WerkenService>()
            .ListAsync(van, tot, null, CancellationToken.None);
        return works.Select(w => w.Id).ToList();
    }

    private async Task<Gebiedsagenda> AgendaAsync(string code)
    {
        _ = fixture.Server.RootUri;
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AgendaService>()
            .BuildAsync(new AgendaRequest([code], null), CancellationToken.None);
    }

    private static async Task<List<string>> DrawnWorksAsync(ILocator map) =>
        [.. await map.EvaluateAsync<string[]>("el => el.buurtMapProbe.works()")];

    private static string Works(int count) => count == 1 ? "1 werk" : $"{Text(count)} werken";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
