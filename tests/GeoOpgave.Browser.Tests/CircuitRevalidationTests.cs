using GeoOpgave.Application.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>
/// Server mode with an analist whose account is removed while the upload page stays open: the open circuit re-checks
/// its user and loses the upload control without a reload. Its own fixture, so the account does not put the other
/// browser tests into server mode.
/// </summary>
public sealed class CircuitRevalidationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = "Analist-wachtwoord-2026";

    [Fact]
    public async Task UploadPage_AnalistRemovedWhileOpen_LosesTheUploadControl()
    {
        _ = fixture.Server.RootUri;
        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            Assert.True(
                (
                    await scope
                        .ServiceProvider.GetRequiredService<UserService>()
                        .AddAsync("ans", Password, [UserRoles.Analist], CancellationToken.None)
                ).Succeeded
            );
        }

        var page = await BrowserPages.OpenAsync(fixture, "/lagen");
        await page.GetByLabel("Gebruikersnaam").FillAsync("ans");
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForFunctionAsync(
            "() => window.Blazor !== undefined",
            null,
            new() { Timeout = BrowserPages.TimeoutMs }
        );
        await Assertions
            .Expect(page.Locator("input[type=file]"))
            .ToHaveCountAsync(1, new() { Timeout = BrowserPages.TimeoutMs });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            Assert.True(
                (
                    await scope
                        .ServiceProvider.GetRequiredService<UserService>()
                        .RemoveAsync("ans", CancellationToken.None)
                ).Succeeded
            );
        }

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang" }))
            .ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("input[type=file]")).ToHaveCountAsync(0);
    }
}
