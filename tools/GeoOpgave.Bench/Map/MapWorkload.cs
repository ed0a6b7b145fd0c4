using System.Diagnostics;
using System.Globalization;
using GeoOpgave.Bench.Measure;
using GeoOpgave.Bench.Workloads;

namespace GeoOpgave.Bench.Map;

/// <summary>
/// W6: the national buurt layer served by the real web app. Imports the buurten into a fresh SQLite workspace
/// with the published <c>geoopgave</c>, starts the web app on loopback and measures tiles, items pages and 32
/// concurrent clients from this process. Targets (BENCHMARKS.md): warm tile p95 &lt; 20 ms, cold &lt; 150 ms,
/// 1,000-buurt items page &lt; 150 ms, no errors at 32 clients.
/// </summary>
internal static class MapWorkload
{

    // Tiles are cached per workspace version; a larger sample per zoom gives steadier percentiles in the same minutes.
    private const int TilesPerZoom = 24;

    // Every tile of these zooms is fetched once to find the largest (the limit is 500 KB at any zoom; above z10 tiles
    // are small).
    private const int SizeScanMaxZoom = 10;

    public static IReadOnlyList<Measurement> Run(WorkloadFiles files, bool paintOnly, string cli, TextWriter output)
    {
        var repository = Repository();
        var gpkg = BuurtenGeoPackage.Ensure(files, gemeenten: 350, output);
        var db = Path.Combine(files.Folder, "w6.db");
        var connection = "Data Source=" + db;
        var import = Import(cli, gpkg, db, connection, output);
        using var app = WebAppProcess.StartAsync(repository, connection, FreePort(), output).GetAwaiter().GetResult();
        IReadOnlyList<Measurement> results = paintOnly
            ? []
            : new MapProbe(app.BaseAddress, output)
                .RunAsync(
                    TileSet.Covering(files.Extent, perZoom: TilesPerZoom, seed: 6),
                    TileSet.Covering(files.Extent, perZoom: int.MaxValue, seed: 6, minZoom: 0, maxZoom: SizeScanMaxZoom)
                )
                .GetAwaiter()
                .GetResult();
        var paint = FirstPaint.MeasureAsync(app.BaseAddress, 14_000, output).GetAwaiter().GetResult();
        // Last, because its imports move the workspace version and so empty the tile caches the paint is measured on.
        var afterImport = AnalysisAfterImport.Run(cli, db, connection, app.BaseAddress, output);
        output.WriteLine(
            paint is { } p
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"| eerste weergave chromium koud / warm, alle {p.Drawn} buurten warm | {p.ColdFirstMs:F0} / {p.FirstMs:F0} | {p.AllMs:F0} | eerste < 2000 ms |"
                )
                : "| eerste weergave chromium | niet gemeten | | |"
        );
        return paint is { } q
            ?
            [
                import,
                .. results,
                afterImport,
                new Measurement(
                    "w6-first-paint-warm",
                    q.FirstMs / 1000,
                    null,
                    0,
                    $"koud {q.ColdFirstMs / 1000:F1} s; {q.Drawn} buurten op canvas na {q.AllMs / 1000:F1} s"
                ),
            ]
            : [import, .. results, afterImport];
    }

    private static Measurement Import(string cli, string gpkg, string db, string connection, TextWriter output)
    {
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        output.WriteLine("importeer buurten met geoopgave import --as-areas …");
        var (seconds, cpu, peak, _) = TimedProcess.Run(cli, ["import", gpkg, "--as-areas", "--db", connection]);
        output.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"import {seconds:F1} s, piek {peak / 1048576.0:F0} MB")
        );
        return new Measurement(
            "w6-import-cli",
            seconds,
            null,
            peak,
            $"{new FileInfo(db).Length / 1048576.0:F0} MB db",
            cpu
        );
    }

    // A port nobody listens on now, so that two runs on one machine (or a leftover app) do not collide.
    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Repository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GeoOpgave.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            "GeoOpgave.sln niet gevonden boven " + AppContext.BaseDirectory + " of de huidige map"
        );
    }
}
