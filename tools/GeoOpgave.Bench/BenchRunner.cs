using System.Globalization;
using GeoOpgave.Bench.Measure;
using GeoOpgave.Bench.Workloads;

namespace GeoOpgave.Bench;

/// <summary>Runs the selected workloads on both engines in one go and prints the table with ratios and agreement.</summary>
internal sealed class BenchRunner(BenchOptions options, WorkloadFiles files, TextWriter output)
{
    private readonly List<(string Work, Measurement Result, int Runs, string? Anchor)> _rows = [];
    private readonly List<string> _agreement = [];

    public void Run()
    {
        var pg = !options.Only.Any(w => w is "w1" or "w2" or "w3") ? null : Environment.GetEnvironmentVariable("GEOOPGAVE_TEST_PG") is { Length: > 0 } cs && options.Postgis
            ? new PostgisAnchors(new Psql(cs), files, output)
            : null;
        if (pg is not null)
        {
            foreach (var m in pg.LoadIfNeeded())
            {
                _rows.Add((m.Workload.StartsWith("w4", StringComparison.Ordinal) ? "W4" : "W1", m, 1, null));
            }
        }

        if (options.Only.Contains("w1"))
        {
            RunW1(pg);
        }

        if (options.Only.Contains("w2"))
        {
            Add("W2", "w2", pg is null ? null : Median(options.Runs, pg.W2), "w2-postgis");
            if (pg is not null)
            {
                _agreement.Add("W2 .NET ↔ PostGIS: " + Agreement.W2(files));
            }
        }

        if (options.Only.Contains("w3"))
        {
            Add("W3", "w3-centre", pg?.W3(), "w3-postgis");
            Add("W3", "w3-exact", null, "w3-postgis");
            if (pg is not null)
            {
                _agreement.Add("W3 centre .NET ↔ PostGIS ST_Clip: " + Agreement.W3(files));
            }
        }

        if (options.Only.Contains("w4"))
        {
            var w4 = ImportWorkload.Run(files, options.Runs, output).ToList();
            _rows.AddRange(w4.Select(m => ("W4", m, options.Runs, m.Workload == ImportWorkload.Anchor ? null : (string?)ImportWorkload.Anchor)));
        }

        if (options.Only.Contains("w5"))
        {
            output.WriteLine("meet w5 (scoring) …");
            var buurten = (int)Math.Round(14_000 * options.Scale);
            _rows.AddRange(ScoringWorkload.Run(buurten, options.Runs, output).Select(m => ("W5", m, options.Runs, (string?)null)));
        }

        if (options.Only.Contains("w6") || options.Only.Contains("w6-paint"))
        {
            // w6-paint: only the first paint in chromium, without the minutes of tile and load measurements.
            output.WriteLine("meet w6 (kaart: tegels, items, 32 clients, eerste weergave) …");
            var paintOnly = !options.Only.Contains("w6");
            _rows.AddRange(Map.MapWorkload.Run(files, paintOnly, output).Select(m => ("W6", m, 1, (string?)null)));
        }

        Print();
    }

    private void RunW1(PostgisAnchors? pg)
    {
        ChildRunner.Run("w1-boundary", options.Scale, options.Cache);
        Add("W1", "w1-stored", pg is null ? null : Median(options.Runs, () => pg.W1()), "w1-postgis");
        Add("W1", "w1-csv", null, "w1-postgis");
        _agreement.Add("W1 CSV ↔ opgeslagen punten: " + Agreement.SameCounts(files, "dotnet-w1.csv", "dotnet-w1-csv.csv"));
        if (pg is not null)
        {
            _agreement.Add("W1 .NET ↔ PostGIS: " + Agreement.W1(files, "dotnet-w1.csv"));
        }
    }

    private void Add(string work, string workload, Measurement? anchor, string? anchorName)
    {
        if (anchor is not null)
        {
            _rows.Add((work, anchor, options.Runs, null));
        }

        output.WriteLine($"meet {workload} ({options.Runs}×) …");
        var dotnet = Median(options.Runs, () => ChildRunner.Run(workload, options.Scale, options.Cache));
        _rows.Add((work, dotnet, options.Runs, anchorName));
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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale {options.Scale}, {Environment.ProcessorCount} cores, median of {options.Runs} runs"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end: {LoadAverage()}"));
        output.WriteLine("| work | run | seconds | of which reading | CPU s | peak MB | anchor ÷ .NET | answer |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (work, m, runs, anchorName) in _rows)
        {
            var anchor = anchorName is null ? null : _rows.FirstOrDefault(r => r.Result.Workload == anchorName).Result;
            var ratio = anchor is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{anchor.Seconds / m.Seconds:F1}× vs {anchorName}");
            var read = m.ReadSeconds is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "";
            var peak = m.PeakBytes > 0 ? (m.PeakBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) : "";
            var cpu = m.CpuSeconds is { } c ? c.ToString("F2", CultureInfo.InvariantCulture) : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {work} | {m.Workload} ({runs}×) | {m.Seconds:F2} | {read} | {cpu} | {peak} | {ratio} | {m.Checksum} |"));
        }

        output.WriteLine();
        _agreement.ForEach(output.WriteLine);
    }
}
