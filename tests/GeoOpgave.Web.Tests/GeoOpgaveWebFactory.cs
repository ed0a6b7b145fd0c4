using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoOpgave.Web.Tests;

/// <summary>
/// The real web host on a fresh SQLite workspace of its own (a temp file, deleted afterwards); start-up loads
/// the demo gemeente into it exactly as a first run on a user's machine does.
/// </summary>
public sealed class GeoOpgaveWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "geoopgave-web-tests",
        Guid.NewGuid().ToString("N")
    );

    public GeoOpgaveWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "workspace.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:GeoOpgave", $"Data Source={DatabasePath}");
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
