using System.Globalization;
using GeoOpgave.Bench.Measure;
using GeoOpgave.Bench.Workloads;

namespace GeoOpgave.Bench;

/// <summary>
/// Runs the selected workloads in one go and prints the table with ratios and agreement: W1–W3 as the published
/// <c>geoopgave</c> child process on the workload files (what users get), the in-process kernel beside it
/// (labelled as such), and the anchors timed as whole processes too.
/// </summary>
internal sealed class BenchRunner(BenchOptions options, WorkloadFiles files, TextWriter output)
{
    private const string Cli = "geoopgave (published, child process)";
    private const string Kernel = "kernel, in-process";
    private const string Anchor = "anchor";

    private readonly List<(string Work, string What, Measurement Result, int Runs, string? Anchor)> _rows = [];
    private readonly List<string> _agreement = [];
    private string? _cliPath;
    private CliWorkloads? _cli;

    // Published once per run and shared by every workload that starts the CLI.
    private string CliPath => _cliPath ??= CliBinary.Ensure(options.Cli, options.Cache, output);

    private CliWorkloads Published => _cli ??= new CliWorkloads(CliPath, files);

    public void Run()
    {
        var pg =
            !options.Only.Any(w => w is "w1" or "w2" or "w3") ? null
            : Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } cs && options.Postgis
                ? new PostgisAnchors(new Psql(cs), files, output)
            : null;
        if (pg is not null)
        {
            foreach (var m in pg.LoadIfNeeded())
            {
                _rows.Add((m.Workload.StartsWith("w4", StringComparison.Ordinal) ? "W4" : "W1", Anchor, m, 1, null));
            }
        }

        if (options.Only.Contains("w1"))
        {
            RunW1(pg);
        }

        if (options.Only.Contains("w2"))
        {
            Add("W2", "w2", pg is null ? null : Median(options.Runs, pg.W2), "w2-postgis");
            AddCli("W2", "w2-cli", Published.W2, pg is null ? null : "w2-postgis");
            _agreement.Add(
                "W2 geoopgave ↔ "
                    + (
                        pg is null
                            ? "kernel: " + CliAgreement.W2(files, "dotnet-w2.csv", anchorHeader: true)
                            : "PostGIS: " + CliAgreement.W2(files, "pg-w2.csv", anchorHeader: false)
                    )
            );
            if (pg is not null)
            {
                _agreement.Add("W2 .NET ↔ PostGIS: " + Agreement.W2(files));
            }
        }

        if (options.Only.Contains("w3"))
        {
            Add("W3", "w3-centre", pg?.W3(), "w3-postgis");
            Add("W3", "w3-exact", null, "w3-postgis");
            foreach (var coverage in new[] { "centre", "exact" })
            {
                AddCli("W3", $"w3-cli-{coverage}", () => Published.W3(coverage), pg is null ? null : "w3-postgis");
                _agreement.Add(
                    $"W3 {coverage} geoopgave ↔ kernel: "
                        + CliAgreement.W3(files, $"cli-w3-{coverage}.csv", $"dotnet-w3-{coverage}.csv")
                );
            }

            output.WriteLine(
                "W3-anker rasterio + numpy: overgeslagen (geen rasterio in Debian-pakketten van deze machine); PostGIS raster alleen met GEOOPGAVE_TEST_PG."
            );
            if (pg is not null)
            {
                _agreement.Add("W3 centre .NET ↔ PostGIS ST_Clip: " + Agreement.W3(files));
            }
        }

        if (options.Only.Contains("w4"))
        {
            var w4 = ImportWorkload.Run(files, options.Runs, output).ToList();
            _rows.AddRange(
                w4.Select(m =>
                    (
                        "W4",
                        m.Workload == ImportWorkload.Anchor ? Anchor : Kernel,
                        m,
                        options.Runs,
                        m.Workload == ImportWorkload.Anchor ? null : (string?)ImportWorkload.Anchor
                    )
                )
            );
        }

        if (options.Only.Contains("w5"))
        {
            output.WriteLine("meet w5 (scoring) …");
            var buurten = (int)Math.Round(14_000 * options.Scale);
            _rows.AddRange(
                ScoringWorkload
                    .Run(buurten, options.Runs, output)
                    .Select(m => ("W5", Kernel, m, options.Runs, (string?)null))
            );
        }

        if (options.Only.Contains("w6") || options.Only.Contains("w6-paint"))
        {
            // w6-paint: only the first paint in chromium, without the minutes of tile and load measurements.
            output.WriteLine("meet w6 (kaart: tegels, items, 32 clients, eerste weergave) …");
            var paintOnly = !options.Only.Contains("w6");
            _rows.AddRange(
                Map.MapWorkload.Run(files, paintOnly, CliPath, output)
                    .Select(m => ("W6", "web app on loopback", m, 1, (string?)null))
            );
        }

        Print();
    }

    private void RunW1(PostgisAnchors? pg)
    {
        ChildRunner.Run("w1-boundary", options.Scale, options.Cache);
        var missing = CliWorkloads.NumpyMissing();
        if (missing is not null)
        {
            output.WriteLine($"W1-anker numpy + shapely: overgeslagen ({missing}).");
        }

        foreach (var rows in new int?[] { files.SubsetRows, null })
        {
            var name = Published.Points(rows).Name;
            if (missing is null)
            {
                output.WriteLine($"meet numpy-{name} ({options.Runs}×) …");
                _rows.Add(("W1", Anchor, Median(options.Runs, () => Published.W1Numpy(rows)), options.Runs, null));
            }

            AddCli(
                "W1",
                $"{name.Replace("w1", "w1-cli", StringComparison.Ordinal)}",
                () => Published.W1(rows),
                missing is null ? name.Replace("w1", "w1-numpy", StringComparison.Ordinal) : null
            );
            if (missing is null)
            {
                _agreement.Add(
                    $"W1 {name} geoopgave ↔ numpy: "
                        + CliAgreement.W1(files, $"cli-{name}.csv", $"numpy-{name}.csv", rows)
                );
            }
        }

        Add("W1", "w1-stored", pg is null ? null : Median(options.Runs, () => pg.W1()), "w1-postgis");
        Add("W1", "w1-csv", null, "w1-postgis");
        _agreement.Add(
            "W1 geoopgave ↔ kernel op opgeslagen punten: "
                + CliAgreement.SameAsKernel(files, "cli-w1.csv", "dotnet-w1.csv")
        );
        _agreement.Add(
            "W1 CSV ↔ opgeslagen punten (kernel): " + Agreement.SameCounts(files, "dotnet-w1.csv", "dotnet-w1-csv.csv")
        );
        if (pg is not null)
        {
            _agreement.Add("W1 .NET ↔ PostGIS: " + Agreement.W1(files, "dotnet-w1.csv"));
        }
    }

    private void AddCli(string work, string workload, Func<Measurement> run, string? anchorName)
    {
        output.WriteLine($"meet {workload} ({options.Runs}×) …");
        _rows.Add((work, Cli, Median(options.Runs, run), options.Runs, anchorName));
    }

    private void Add(string work, string workload, Measurement? anchor, string? anchorName)
    {
        if (anchor is not null)
        {
            _rows.Add((work, Anchor, anchor, options.Runs, null));
        }

        output.WriteLine($"meet {workload} ({options.Runs}×) …");
        var dotnet = Median(options.Runs, () => ChildRunner.Run(workload, options.Scale, options.Cache));
        _rows.Add((work, Kernel, dotnet, options.Runs, anchorName));
    }

    private static Measurement Median(int runs, Func<Measurement> run)
    {
        var all = Enumerable.Range(0, runs).Select(_ => run()).OrderBy(m => m.Seconds).ToList();
        return all[all.Count / 2] with { PeakBytes = all.Max(m => m.PeakBytes) };
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private void Print()
    {
        output.WriteLine();
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"scale {options.Scale}, {Environment.ProcessorCount} cores, median of {options.Runs} runs"
            )
        );
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end: {LoadAverage()}"));
        output.WriteLine(
            "| work | what | run | seconds | of which reading | CPU s | peak MB | anchor ÷ this | answer |"
        );
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (work, what, m, runs, anchorName) in _rows)
        {
            var anchor = anchorName is null ? null : _rows.FirstOrDefault(r => r.Result.Workload == anchorName).Result;
            var ratio = anchor is null
                ? ""
                : string.Create(CultureInfo.InvariantCulture, $"{anchor.Seconds / m.Seconds:F1}× vs {anchorName}");
            var read = m.ReadSeconds is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "";
            var peak = m.PeakBytes > 0 ? (m.PeakBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) : "";
            var cpu = m.CpuSeconds is { } c ? c.ToString("F2", CultureInfo.InvariantCulture) : "";
            output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {work} | {what} | {m.Workload} ({runs}×) | {m.Seconds:F2} | {read} | {cpu} | {peak} | {ratio} | {m.Checksum} |"
                )
            );
        }

        output.WriteLine();
        _agreement.ForEach(output.WriteLine);
    }
}
