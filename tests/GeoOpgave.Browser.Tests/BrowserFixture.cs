using GeoOpgave.Tests.Shared;
using Microsoft.Playwright;

namespace GeoOpgave.Browser.Tests;

/// <summary>
/// One server and one headless Debian chromium for all browser tests. Playwright drives the system browser;
/// it never downloads one of its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    // Open pages re-check their user every 2 s instead of every minute, so a removed account is seen within a test.
    public GeoOpgaveServer Server { get; } =
        new() { Settings = new Dictionary<string, string> { ["GeoOpgave:Security:CircuitRevalidationSeconds"] = "2" } };

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("GEOOPGAVE_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {chromium}. Install Debian's chromium (tools/test.sh does: apt-get install chromium) "
                    + "or point GEOOPGAVE_CHROMIUM at a Chromium executable."
            );
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
