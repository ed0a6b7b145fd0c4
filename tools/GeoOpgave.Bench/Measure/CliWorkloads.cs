using System.Globalization;
using GeoOpgave.Bench.Workloads;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// W1–W3 as users run them: the published <c>geoopgave aggregate</c> as a child process on the workload's own
/// files (buurten and zones GeoPackage, point CSV, GeoTIFF), its CSV written under results/ and read back for
/// the answer check; and the numpy + shapely anchor of W1 run the same way.
/// </summary>
internal sealed class CliWorkloads(string cli, WorkloadFiles files)
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Anchors", "w1_numpy.py");

    /// <summary>W1 on the first <paramref name="rows"/> points (all when null): count and sum of value per
    /// buurt.</summary>
    public Measurement W1(int? rows)
    {
        var (name, csv) = Points(rows);
        var output = DotnetWorkloads.ResultPath(files, $"cli-{name}.csv");
        var run = TimedProcess.Run(
            cli,
            [
                "aggregate",
                "--areas",
                files.BuurtenGpkg,
                "--layer",
                csv,
                "--stat",
                "count,sum",
                "--field",
                "value",
                "--out",
                output,
            ]
        );
        var counts = CliCsv.Read(output, 2);
        var total = counts.Values.Sum(v => (long)v[0]);
        return Result(
            name.Replace("w1", "w1-cli", StringComparison.Ordinal),
            run,
            string.Create(CultureInfo.InvariantCulture, $"{total} in buurten")
        );
    }

    /// <summary>W2: the area per buurt and klasse covered by the zones, dissolved per klasse.</summary>
    public Measurement W2()
    {
        var output = DotnetWorkloads.ResultPath(files, "cli-w2.csv");
        var run = TimedProcess.Run(
            cli,
            [
                "aggregate",
                "--areas",
                files.BuurtenGpkg,
                "--layer",
                files.ZonesGpkg,
                "--stat",
                "area",
                "--class-field",
                "klasse",
                "--out",
                output,
            ]
        );
        var area = CliCsv.Read(output, 2).Values.Sum(v => v[0]);
        return Result("w2-cli", run, string.Create(CultureInfo.InvariantCulture, $"area {area:F1} m²"));
    }

    /// <summary>W3: data cells and mean of the raster per buurt, centre or exact coverage.</summary>
    public Measurement W3(string coverage)
    {
        var output = DotnetWorkloads.ResultPath(files, $"cli-w3-{coverage}.csv");
        var run = TimedProcess.Run(
            cli,
            [
                "aggregate",
                "--areas",
                files.BuurtenGpkg,
                "--layer",
                files.RasterTif,
                "--stat",
                "count,mean",
                "--coverage",
                coverage,
                "--out",
                output,
            ]
        );
        var cells = CliCsv.Read(output, 2).Values.Sum(v => v[0]);
        return Result($"w3-cli-{coverage}", run, string.Create(CultureInfo.InvariantCulture, $"data {cells:F3} cells"));
    }

    /// <summary>Why the numpy + shapely anchor cannot run here, or null when it can (Debian's python3-numpy and
    /// python3-shapely).</summary>
    public static string? NumpyMissing()
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            return "python3 ontbreekt";
        }

        try
        {
            TimedProcess.Run("/usr/bin/python3", ["-c", "import numpy, shapely.vectorized"]);
            return null;
        }
        catch (InvalidOperationException)
        {
            return "numpy of shapely ontbreekt (apt-get install python3-numpy python3-shapely)";
        }
    }

    /// <summary>The numpy + shapely anchor of W1 on the same files: points grouped per grid cell,
    /// shapely.vectorized.contains per buurt, one core.</summary>
    public Measurement W1Numpy(int? rows)
    {
        var (name, csv) = Points(rows);
        var output = DotnetWorkloads.ResultPath(files, $"numpy-{name}.csv");
        var run = TimedProcess.Run("/usr/bin/python3", [Script, files.BuurtenGpkg, csv, output]);
        var total = CliCsv.Read(output, 1).Values.Sum(v => (long)v[0]);
        return Result(
            name.Replace("w1", "w1-numpy", StringComparison.Ordinal),
            run,
            string.Create(CultureInfo.InvariantCulture, $"{total} in buurten (contains)")
        );
    }

    /// <summary>The name of a W1 run's result files (cli-…, numpy-…) and its point CSV: all points, or the
    /// subset.</summary>
    public (string Name, string Csv) Points(int? rows) =>
        rows is null ? ("w1", files.PointsCsv) : ("w1-subset", files.PointsSubsetCsv);

    private static Measurement Result(
        string name,
        (double Seconds, double? CpuSeconds, long PeakBytes, string Output) run,
        string checksum
    ) => new(name, run.Seconds, null, run.PeakBytes, checksum, run.CpuSeconds);
}
