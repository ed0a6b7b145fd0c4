using System.Diagnostics;
using System.Globalization;
using GeoOpgave.Application;
using GeoOpgave.Application.Import;
using GeoOpgave.Bench.Workloads;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// W4: the points CSV imported as a layer by GeoOpgave's own import (one pass: report, binary COPY or prepared
/// INSERT, primary key and GiST index included) into PostGIS and into SQLite, each in a fresh database in a
/// child process of its own; and the anchor, ogr2ogr (PG_USE_COPY=YES) plus the GiST index, in the same run.
/// </summary>
internal static class ImportWorkload
{
    public const string Postgis = "w4-import-postgis";
    public const string Sqlite = "w4-import-sqlite";
    public const string Anchor = "w4-ogr2ogr";

    private const string Database = "geoopgave_bench_w4";

    public static bool Handles(string workload) => workload is Postgis or Sqlite;

    /// <summary>Runs the anchor and both imports, each <paramref name="runs"/> times, and returns the
    /// medians.</summary>
    public static IEnumerable<Measurement> Run(WorkloadFiles files, int runs, TextWriter log)
    {
        var pg = Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG");
        if (string.IsNullOrEmpty(pg))
        {
            log.WriteLine("W4 overgeslagen: geen PostGIS (source tools/postgis.sh)");
            yield break;
        }

        var csv = InsideNetherlands(files);
        log.WriteLine($"meet w4 (import van {csv}, {runs}×) …");
        yield return Median(runs, () => Ogr2Ogr(files, pg));
        yield return Median(runs, () =>
            ChildRunner.Run(Postgis, files.Extent.Scale, Path.GetDirectoryName(files.Folder)!)
        );
        yield return Median(runs, () =>
            ChildRunner.Run(Sqlite, files.Extent.Scale, Path.GetDirectoryName(files.Folder)!)
        );
    }

    /// <summary>
    /// The points CSV without the few generated points that fall outside the Netherlands (GeoOpgave rejects a file
    /// with those, as it should), so that both tools load the same rows; written once per scale.
    /// </summary>
    public static string InsideNetherlands(WorkloadFiles files)
    {
        var path = Path.Combine(files.Folder, "w4-points.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var box = IO.Validation.NetherlandsExtent.Box;
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            foreach (var line in File.ReadLines(files.PointsCsv))
            {
                var parts = line.Split(',');
                var inside =
                    !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                    || (
                        double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                        && box.Contains(x, y)
                    );
                if (inside)
                {
                    writer.Write(line);
                    writer.Write('\n');
                }
            }
        }

        File.Move(temporary, path);
        return path;
    }

    /// <summary>One GeoOpgave import, in the child process.</summary>
    public static Measurement Measure(string workload, WorkloadFiles files)
    {
        var connection = workload == Postgis ? FreshPostgres() : FreshSqlite(files);
        using var services = Services(connection);
        using (var scope = services.CreateScope())
        {
            // Creating the schema is set-up, not import: as ogr2ogr's target database exists before it runs.
            scope.ServiceProvider.GetRequiredService<WorkspaceStore>().MigrateAsync(default).GetAwaiter().GetResult();
        }

        WarmUp(services, files);
        using var importScope = services.CreateScope();
        var import = importScope.ServiceProvider.GetRequiredService<ImportService>();
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = import
            .ImportAsync(new ImportRequest(InsideNetherlands(files)) { Name = "w4" }, default)
            .GetAwaiter()
            .GetResult();
        var seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        if (!result.Imported)
        {
            throw new InvalidOperationException(
                string.Join("; ", result.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
            );
        }

        var checksum = string.Create(CultureInfo.InvariantCulture, $"{result.Layers[0].FeatureCount} features");
        return new Measurement(
            workload,
            seconds,
            null,
            process.PeakWorkingSet64,
            checksum,
            (process.TotalProcessorTime - cpu).TotalSeconds
        );
    }

    // A small import first, so that the timed one runs compiled code: ogr2ogr is native and pays no JIT either.
    private static void WarmUp(ServiceProvider services, WorkloadFiles files)
    {
        var sample = Path.Combine(files.Folder, "w4-warmup.csv");
        File.WriteAllLines(sample, File.ReadLines(InsideNetherlands(files)).Take(20_001));
        using var scope = services.CreateScope();
        var result = scope.ServiceProvider.GetRequiredService<ImportService>()
            .ImportAsync(new ImportRequest(sample) { Name = "w4-warmup" }, default).GetAwaiter().GetResult();
        File.Delete(sample);
        if (!result.Imported)
        {
            throw new InvalidOperationException(
                "The warm-up import was rejected: "
                    + string.Join("; ", result.Reports.SelectMany(r => r.Issues).Select(i => i.Message))
            );
        }
    }

    private static Measurement Ogr2Ogr(WorkloadFiles files, string server)
    {
        var db = Recreate(new Psql(server));
        var parts = server
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        var libpq =
            $"PG:host={parts.GetValueOrDefault("HOST", "127.0.0.1")} port={parts.GetValueOrDefault("PORT", "5432")} "
            + $"user={parts.GetValueOrDefault("USERNAME", "postgres")} dbname={Database}";
        var start = new ProcessStartInfo("ogr2ogr") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "-f", "PostgreSQL", libpq, InsideNetherlands(files), "-nln", "points", "-overwrite",
            "-oo", "X_POSSIBLE_NAMES=x", "-oo", "Y_POSSIBLE_NAMES=y", "-oo", "AUTODETECT_TYPE=YES",
            "-a_srs", "EPSG:28992", "-lco", "GEOMETRY_NAME=geom", "-lco", "SPATIAL_INDEX=NONE", "-gt", "65536",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PG_USE_COPY"] = "YES";
        start.Environment["PGPASSWORD"] = parts.GetValueOrDefault("PASSWORD", string.Empty);
        var watch = Stopwatch.StartNew();
        using (var process = Process.Start(start) ?? throw new InvalidOperationException("ogr2ogr did not start"))
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ogr2ogr failed: {errors.Result}");
            }
        }

        var load = watch.Elapsed.TotalSeconds;
        var index = db.Run("CREATE INDEX points_geom ON points USING gist (geom);").Seconds;
        var rows = db.Run("SELECT count(*) FROM points;").Output.Trim();
        return new Measurement(
            Anchor,
            load + index,
            load,
            0,
            string.Create(CultureInfo.InvariantCulture, $"{rows} rows; ogr2ogr {load:F1} + GiST {index:F1} s")
        );
    }

    private static Psql Recreate(Psql server)
    {
        server.Run($"DROP DATABASE IF EXISTS {Database} WITH (FORCE);");
        server.Run($"CREATE DATABASE {Database};");
        var db = server.For(Database);
        db.Run("CREATE EXTENSION IF NOT EXISTS postgis;");
        return db;
    }

    private static string FreshPostgres()
    {
        var server = Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG")
            ?? throw new InvalidOperationException("GEOOPGAVE_TEST_PG is not set");
        Recreate(new Psql(server));
        var parts = server
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("Database=", StringComparison.OrdinalIgnoreCase));
        return string.Join(';', parts.Append($"Database={Database}"));
    }

    private static string FreshSqlite(WorkloadFiles files)
    {
        var path = Path.Combine(files.Folder, "w4.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }

        return "Data Source=" + path;
    }

    private static ServiceProvider Services(string connection)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("ConnectionStrings:GeoOpgave", connection)])
            .Build();
        var services = new ServiceCollection();
        services.AddGeoOpgaveApplication(configuration);
        return services.BuildServiceProvider();
    }

    private static Measurement Median(int runs, Func<Measurement> run)
    {
        var all = Enumerable.Range(0, runs).Select(_ => run()).OrderBy(m => m.Seconds).ToList();
        return all[all.Count / 2] with { PeakBytes = all.Max(m => m.PeakBytes) };
    }
}
