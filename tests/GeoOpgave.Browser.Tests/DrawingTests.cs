using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Selecties;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

public sealed class DrawingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rectangle_ShiftDragOrRechthoekButton_SelectsEveryBuurtItMeets(bool viaButton)
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var (from, to) = (analysis.Buurten[0].Buurt.Code, analysis.Buurten[^1].Buurt.Code);
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var (x0, y0) = await BrowserPages.PointOfAsync(page, from);
        var (x1, y1) = await BrowserPages.PointOfAsync(page, to);
        var expected = await ExpectedAsync(page, analysis, (x0, y0), (x1, y1));

        if (viaButton)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Rechthoek" }).ClickAsync();
        }
        else
        {
            await page.Keyboard.DownAsync("Shift");
        }

        await page.Mouse.MoveAsync(x0, y0);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((x0 + x1) / 2, (y0 + y1) / 2, new() { Steps = 4 });
        await page.Mouse.MoveAsync(x1, y1, new() { Steps = 4 });
        await page.Mouse.UpAsync();
        if (!viaButton)
        {
            await page.Keyboard.UpAsync("Shift");
        }

        Assert.InRange(expected.Count, 2, analysis.Buurten.Count);
        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync($"{expected.Count} buurten", new() { Timeout = BrowserPages.TimeoutMs });
        await Assertions
            .Expect(page.GetByTestId("buurt-map"))
            .ToHaveAttributeAsync(
                "data-highlighted",
                expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        await Assertions.Expect(page.GetByTestId("selectie").Locator(".selectie__codes")).ToContainTextAsync(from);
        await Assertions.Expect(page.GetByTestId("selectie").Locator(".selectie__codes")).ToContainTextAsync(to);
        await BrowserPages.SaveScreenshotAsync(page, viaButton ? "rechthoek-knop.png" : "rechthoek.png");
    }

    [Fact]
    public async Task VeelhoekButton_ThreeCornersAndDoubleClick_SelectsTheBuurtenUnderTheCorners()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        var corners = new[] { analysis.Buurten[0], analysis.Buurten[analysis.Buurten.Count / 2], analysis.Buurten[^1] }
            .Select(b => b.Buurt.Code)
            .ToArray();
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await BrowserPages.WaitForInteractiveAsync(page);
        var points = new List<(float X, float Y)>();
        foreach (var code in corners)
        {
            points.Add(await BrowserPages.PointOfAsync(page, code));
        }

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Veelhoek" });
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Mouse.ClickAsync(points[0].X, points[0].Y);
        await page.Mouse.ClickAsync(points[1].X, points[1].Y);
        await page.Mouse.DblClickAsync(points[2].X, points[2].Y);

        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToBeVisibleAsync(new() { Timeout = BrowserPages.TimeoutMs });
        foreach (var code in corners)
        {
            await Assertions.Expect(page.GetByTestId("selectie").Locator(".selectie__codes")).ToContainTextAsync(code);
        }

        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.GetByTestId("buurt-panel")).ToHaveCountAsync(0);
        await BrowserPages.SaveScreenshotAsync(page, "veelhoek.png");
    }

    // What the rectangle between two screen points should select, asked of the same rule the server applies.
    private static async Task<IReadOnlyList<string>> ExpectedAsync(
        IPage page,
        AnalysisResult analysis,
        (float X, float Y) a,
        (float X, float Y) b
    )
    {
        var map = page.GetByTestId("buurt-map");
        var p = await map.EvaluateAsync<double[]>(
            "(el, xy) => el.buurtMapProbe.lonLatAt(xy[0], xy[1])",
            new double[] { a.X, a.Y }
        );
        var q = await map.EvaluateAsync<double[]>(
            "(el, xy) => el.buurtMapProbe.lonLatAt(xy[0], xy[1])",
            new double[] { b.X, b.Y }
        );
        var rectangle = BuurtenInShape.Rectangle(
            Math.Min(p[0], q[0]),
            Math.Min(p[1], q[1]),
            Math.Max(p[0], q[0]),
            Math.Max(p[1], q[1])
        );
        return BuurtenInShape.Codes(analysis.Buurten, rectangle);
    }
}
