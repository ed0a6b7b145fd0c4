using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>/lagen looks like the rest of the app: the same header, cards as on /overzicht, fields in a grid, the
/// layers as a table.</summary>
public sealed class LagenLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string CardStyle =
        "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderTopWidth, s.borderTopStyle, s.borderRadius, s.paddingTop].join(' '); }";

    [Fact]
    public async Task Lagen_NextToTheMapAndTheOverview_SameHeaderCardsFieldsInRowsAndATable()
    {
        var map = await BrowserPages.OpenAsync(fixture, "/");
        var overview = await BrowserPages.OpenAsync(fixture, "/overzicht");
        var lagen = await BrowserPages.OpenAsync(fixture, "/lagen");
        try
        {
            await Assertions
                .Expect(lagen.GetByTestId("lagen-lijst"))
                .ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
            await Assertions
                .Expect(overview.GetByTestId("kerncijfers"))
                .ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
            await BrowserPages.SaveScreenshotAsync(map, "kaart-naast-lagen.png");
            await BrowserPages.SaveScreenshotAsync(lagen, "lagen.png", fullPage: true);

            // The same header bar on every page: its colour and its links.
            const string Header =
                "e => [getComputedStyle(e).backgroundColor, ...[...e.querySelectorAll('nav a')].map(a => a.textContent.trim())].join(' ')";
            Assert.Equal(
                await map.Locator("header").First.EvaluateAsync<string>(Header),
                await lagen.Locator("header").First.EvaluateAsync<string>(Header)
            );
            // Every part of /lagen is a card styled as the overview's.
            var card = await overview.Locator(".overzicht__blok").First.EvaluateAsync<string>(CardStyle);
            var sections = lagen.Locator("main.lagen > section");
            Assert.True(await sections.CountAsync() >= 3);
            foreach (var section in await sections.AllAsync())
            {
                Assert.Equal(card, await section.EvaluateAsync<string>(CardStyle));
            }

            // Name and year of the upload form side by side, each label above its field.
            var name = (await lagen.GetByTestId("upload-naam").BoundingBoxAsync())!;
            var year = (await lagen.GetByTestId("upload-jaar").BoundingBoxAsync())!;
            Assert.Equal(name.Y, year.Y, 1);
            Assert.True(year.X > name.X + name.Width);
            Assert.Equal(
                "table",
                await lagen.GetByTestId("lagen-lijst").EvaluateAsync<string>("e => getComputedStyle(e).display")
            );
            Assert.Contains(
                "knop",
                await lagen
                    .GetByRole(AriaRole.Button, new() { NameRegex = new("^Verwijder laag") })
                    .First.GetAttributeAsync("class"),
                StringComparison.Ordinal
            );
        }
        finally
        {
            await map.Context.CloseAsync();
            await overview.Context.CloseAsync();
            await lagen.Context.CloseAsync();
        }
    }
}
