using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeoOpgave.Bench.Workloads;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.GeoTiff;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// The .NET engine on each workload, run in a child process of its own so peak memory belongs to that
/// workload alone. Loading a stored layer is not timed (as a database has it loaded); reading a file
/// that is part of the work (CSV, GeoTIFF) is.
/// </summary>
internal static class DotnetWorkloads
{
    public static readonly string[] Names = ["w1-stored", "w1-csv", "w2", "w3-centre", "w3-exact", "w1-boundary"];

    public static Measurement Run(string name, WorkloadFiles files) => name switch
    {
        "w1-stored" => W1Stored(files, files.PointsBin, "dotnet-w1.csv"),
        "w1-boundary" => W1Stored(files, files.BoundaryPointsBin, "dotnet-w1-boundary.csv"),
        "w1-csv" => W1Csv(files),
        "w2" => W2(files),
        "w3-centre" => W3(files, RasterCoverage.Centre),
        "w3-exact" => W3(files, RasterCoverage.Exact),
        _ => throw new ArgumentException($"unknown workload {name}", nameof(name)),
    };

    public static List<Area> Buurten(WorkloadFiles files) =>
        FeatureFile
            .Read(files.BuurtenBin)
            .Select(b => new Area(b.Key, b.Key, AreaLevel.Buurt, "GM0000", null, 2024, b.Geometry))
            .ToList();

    private static Measurement W1Stored(WorkloadFiles files, string pointsPath, string output)
    {
        var buurten = Buurten(files);
        var points = PointFile.Read(pointsPath);
        const int size = 1 << 16;
        var batches = new List<PointBatch>();
        for (var start = 0; start < points.Count; start += size)
        {
            var n = Math.Min(size, points.Count - start);
            batches.Add(new PointBatch(points.X, points.Y, points.Value, null, n, start));
        }

        var watch = Stopwatch.StartNew();
        var cpu = CpuNow();
        var result = AggregatePoints.Run(new AreaPointLocator(buurten), batches, []);
        var seconds = watch.Elapsed.TotalSeconds;
        return Finish(
            "w1-stored",
            seconds,
            null,
            CpuNow() - cpu,
            WriteCounts(files, output, buurten, result, result.Unassigned)
        );
    }

    private static Measurement W1Csv(WorkloadFiles files)
    {
        var watch = Stopwatch.StartNew();
        var cpu = CpuNow();
        var buurten = Buurten(files);
        var result = AggregatePoints.Run(
            new AreaPointLocator(buurten),
            CsvPointChunks.Blocks(files.PointsCsv),
            CsvPointChunks.Decode,
            []
        );
        var seconds = watch.Elapsed.TotalSeconds;
        return Finish(
            "w1-csv",
            seconds,
            null,
            CpuNow() - cpu,
            WriteCounts(files, "dotnet-w1-csv.csv", buurten, result, result.Unassigned)
        );
    }

    private static Measurement W2(WorkloadFiles files)
    {
        var buurten = Buurten(files);
        var zones = FeatureFile.Read(files.ZonesBin).Select(z => new ZoneObservation(z.Geometry, z.Key)).ToList();
        var watch = Stopwatch.StartNew();
        var cpu = CpuNow();
        var result = AggregateZones.Run(buurten, zones);
        var seconds = watch.Elapsed.TotalSeconds;
        var text = new StringBuilder("code,klasse,area\n");
        foreach (var c in result.Coverage.Where(c => c.AreaM2 > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"{c.AreaCode},{c.Class},{c.AreaM2:R}\n");
        }

        File.WriteAllText(ResultPath(files, "dotnet-w2.csv"), text.ToString());
        var checksum = string.Create(
            CultureInfo.InvariantCulture,
            $"area {result.Coverage.Sum(c => c.AreaM2):F1} m², {result.Issues.Count} issues"
        );
        return Finish("w2", seconds, null, CpuNow() - cpu, checksum);
    }

    private static Measurement W3(WorkloadFiles files, RasterCoverage coverage)
    {
        var buurten = Buurten(files);
        var watch = Stopwatch.StartNew();
        var cpu = CpuNow();
        var read = GeoTiffReader.Read(files.RasterTif);
        var readSeconds = watch.Elapsed.TotalSeconds;
        var raster = read.Value ?? throw new InvalidOperationException(string.Join("; ", read.Issues));
        var result = AggregateRaster.Run(buurten, raster, new AggregateRasterParameters { Coverage = coverage });
        var seconds = watch.Elapsed.TotalSeconds;
        var stats = result.Statistics;
        var text = new StringBuilder("code,count,mean\n");
        foreach (var s in stats)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.AreaCode},{s.DataCells:R},{s.Mean ?? 0:R}\n");
        }

        File.WriteAllText(
            ResultPath(files, $"dotnet-w3-{coverage.ToString().ToLowerInvariant()}.csv"),
            text.ToString()
        );
        var checksum = string.Create(
            CultureInfo.InvariantCulture,
            $"covered {stats.Sum(s => s.CoveredCells):F3} cells, data {stats.Sum(s => s.DataCells):F3}, Σmean {stats.Sum(s => s.Mean ?? 0):F4}, max {stats.Max(s => s.Max ?? double.MinValue):F3}"
        );
        return Finish($"w3-{coverage.ToString().ToLowerInvariant()}", seconds, readSeconds, CpuNow() - cpu, checksum);
    }

    private static string WriteCounts(
        WorkloadFiles files,
        string name,
        List<Area> buurten,
        PointAggregationResult result,
        long unassigned
    )
    {
        var text = new StringBuilder("code,count,sum\n");
        long total = 0;
        foreach (var b in buurten)
        {
            var s = result.ByArea[b.Code];
            total += s.Count;
            text.Append(CultureInfo.InvariantCulture, $"{b.Code},{s.Count},{s.Sum ?? 0:R}\n");
        }

        File.WriteAllText(ResultPath(files, name), text.ToString());
        return string.Create(CultureInfo.InvariantCulture, $"{total} in buurten, {unassigned} outside");
    }

    private static Measurement Finish(
        string name,
        double seconds,
        double? readSeconds,
        double cpuSeconds,
        string checksum
    )
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new Measurement(name, seconds, readSeconds, process.PeakWorkingSet64, checksum, cpuSeconds);
    }

    private static double CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    public static string ResultPath(WorkloadFiles files, string name)
    {
        var folder = Path.Combine(files.Folder, "results");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
