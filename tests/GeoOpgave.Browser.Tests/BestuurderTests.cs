using System.Text.Json;
using GeoOpgave.Application.Selecties;
using GeoOpgave.Application.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>
/// Server mode (an account exists) with a user who is only bestuurder: the UI offers nothing that changes data, and a
/// write attempted from the page anyway is refused. The fixture's server is this class's own, so adding accounts here
/// does not put the other browser tests into server mode.
/// </summary>
public sealed class BestuurderTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = "Bestuur-wachtwoord-2026";

    [Fact]
    public async Task MapPage_AsBestuurder_NoEditControlsAndWritesRefused()
    {
        var analysis = await BrowserPages.AnalyseAsync(fixture);
        await PrepareAsync(analysis.Buurten[0].Buurt.Code);
        var page = await LoginAsync("bert");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.Keyboard.DownAsync("Shift");
        await BrowserPages.ClickBuurtAsync(page, analysis.Buurten[1].Buurt.Code);
        await page.Keyboard.UpAsync("Shift");
        await Assertions
            .Expect(page.GetByTestId("selectie"))
            .ToContainTextAsync("1 buurt", new() { Timeout = BrowserPages.TimeoutMs });
        await page.GetByText("Planner: belang en drempel aanpassen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("selectie-item")).ToHaveCountAsync(1);

        foreach (
            var control in new[]
            {
                "selectie-bewaar",
                "selectie-verwijder",
                "selectie-hernoem",
                "profielversie-bewaar",
                "profielversie-form",
            }
        )
        {
            await Assertions.Expect(page.GetByTestId(control)).ToHaveCountAsync(0);
        }

        var statuses = await TryWritesAsync(page, analysis.Buurten[1].Buurt.Code);
        Assert.Equal(new[] { 403, 403, 403 }, statuses);
        await BrowserPages.SaveScreenshotAsync(page, "bestuurder.png");
    }

    [Fact]
    public async Task UploadPage_AsBestuurder_NoAccess()
    {
        await PrepareAsync((await BrowserPages.AnalyseAsync(fixture)).Buurten[0].Buurt.Code);
        var page = await LoginAsync("bert");
        await BrowserPages.WaitForInteractiveAsync(page);

        await page.GotoAsync(new Uri(fixture.Server.RootUri, "/lagen").ToString());

        Assert.Contains("/account/geen-toegang", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("input[type=file]")).ToHaveCountAsync(0);
    }

    // One bestuurder and one saved selectie (made by a planner account), created once for the class's server.
    private async Task PrepareAsync(string code)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        if ((await users.ListAsync(CancellationToken.None)).Any(u => u.Name == "bert"))
        {
            return;
        }

        Assert.True((await users.AddAsync("bert", Password, [UserRoles.Bestuurder], CancellationToken.None)).Succeeded);
        await scope
            .ServiceProvider.GetRequiredService<SelectieService>()
            .CreateAsync(
                new SelectieInput("Bestaande selectie", "van een planner", [code], null),
                CancellationToken.None
            );
    }

    private async Task<IPage> LoginAsync(string name)
    {
        var page = await BrowserPages.OpenAsync(fixture, "/");
        await Assertions
            .Expect(page)
            .ToHaveURLAsync(
                new System.Text.RegularExpressions.Regex("/account/login"),
                new() { Timeout = BrowserPages.TimeoutMs }
            );
        await page.GetByLabel("Gebruikersnaam").FillAsync(name);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        return page;
    }

    // What a determined user could send from the page with the session cookie: each must be refused.
    private static async Task<int[]> TryWritesAsync(IPage page, string code)
    {
        var selectie = JsonSerializer.Serialize(new { name = "Mag niet", notes = "", codes = new[] { code } });
        return await page.EvaluateAsync<int[]>(
            """
            async ([selectie]) => {
              const json = { 'Content-Type': 'application/json' };
              const a = await fetch('/api/selecties', { method: 'POST', headers: json, body: selectie });
              const b = await fetch('/api/profielen', { method: 'POST', headers: json, body: '{}' });
              const c = await fetch('/api/selecties/1', { method: 'DELETE' });
              return [a.status, b.status, c.status];
            }
            """, new object[] { selectie });
    }
}
