using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class KeyboardSelectionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Keyboard_SearchAddShowRemove_BuildsASelectionWithoutAMouse()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var (first, second) = (analysis.Buurten[3].Buurt, analysis.Buurten[7].Buurt);
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);

        await AddByKeyboardAsync(page, first.Code);
        await Assertions
            .Expect(page.GetByTestId("buurt-naam"))
            .ToHaveTextAsync(first.Name, new() { Timeout = BrowserPages.TimeoutMs });
        await AddByKeyboardAsync(page, second.Code);
        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("2 buurten", new() { Timeout = BrowserPages.TimeoutMs });

        await page.GetByRole(
                AriaRole.Button,
                new() { Name = $"Toon {first.Name} ({first.Code}) op de kaart en in het paneel" }
            )
            .FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync("data-selected", first.Code, new() { Timeout = BrowserPages.TimeoutMs });
        await page.GetByRole(
                AriaRole.Button,
                new() { Name = $"Verwijder {second.Name} ({second.Code}) uit de selectie" }
            )
            .FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("1 buurt", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions.Expect(page.GetByTestId("selectie-lijst").Locator("li")).ToHaveCountAsync(1);
        await BrowserPages.SaveScreenshotAsync(page, "toetsenbord-selectie.png");
    }

    // Type the code, Tab to "Zoek" and press Enter (zoom and open the panel), Tab to "Voeg toe" and press Enter.
    private static async Task AddByKeyboardAsync(IPage page, string code)
    {
        await page.GetByTestId("kaart-zoek").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(code);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByTestId("kaart-zoek-status"))
            .ToContainTextAsync(code, new() { Timeout = BrowserPages.TimeoutMs });
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByTestId("kaart-zoek-status"))
            .ToContainTextAsync("Toegevoegd", new() { Timeout = BrowserPages.TimeoutMs });
    }
}
