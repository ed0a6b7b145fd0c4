using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api.Ogc;

/// <summary>
/// The real web host on Kestrel on a free loopback port (as the browser tests start it), so an outside client such
/// as GDAL can talk to it; a fresh SQLite workspace that start-up fills with the demo gemeente.
/// </summary>
public sealed class OgcLoopbackServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "geoopgave-ogc-tests", Guid.NewGuid().ToString("N"));

    public OgcLoopbackServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The root address of the running server, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Root
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return addresses.Addresses.Single().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:GeoOpgave", $"Data Source={Path.Combine(_folder, "workspace.db")}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
