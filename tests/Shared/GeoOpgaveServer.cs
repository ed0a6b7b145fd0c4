using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// The real web host on Kestrel, on a free loopback port, with a fresh SQLite workspace of its own that
/// start-up fills with the demo gemeente — for clients outside the process: chromium, GDAL. Linked into the
/// test projects that need it (tests/Shared), so there is one way to start the app for them.
/// </summary>
public sealed class GeoOpgaveServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-loopback-tests",
        Guid.NewGuid().ToString("N")
    );

    public GeoOpgaveServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Configuration on top of the defaults, e.g. "GeoOpgave:ReverseProxy:KnownProxies:0"; read when the
    /// server starts.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The root address of the running server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var addresses = Services
                .GetRequiredService<IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.Single() + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:GeoOpgave", $"Data Source={Path.Combine(_folder, "workspace.db")}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // A circuit that outlives the browser can still touch the workspace for a moment while the host winds down.
        for (var attempt = 0; Directory.Exists(_folder); attempt++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
