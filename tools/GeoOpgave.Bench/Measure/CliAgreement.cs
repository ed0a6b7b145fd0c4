using System.Globalization;
using GeoOpgave.Bench.Workloads;
using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Checks the CSVs of the published <c>geoopgave aggregate</c> against the anchors' answers. numpy's
/// <c>contains</c> (like PostGIS's ST_Contains) leaves out the generated points on buurt boundaries that
/// GeoOpgave gives to the lowest code, so W1 takes those out of GeoOpgave's counts first: what is left must
/// be equal, count and sum, in every buurt.
/// </summary>
internal static class CliAgreement
{
    public static string W1(WorkloadFiles files, string cliName, string anchorName, int? rows)
    {
        var cli = CliCsv.Read(DotnetWorkloads.ResultPath(files, cliName), 2);
        var anchor = CliCsv.Read(DotnetWorkloads.ResultPath(files, anchorName), 1);
        var boundary = BoundaryCounts(files, rows ?? files.Extent.Count(10_000_000));
        var differ = anchor.Count(a => !cli.TryGetValue(a.Key, out var c)
            || c[0] - boundary.GetValueOrDefault(a.Key).Count != a.Value[0]
            || (c[0] > 0 ? c[1] : 0) - boundary.GetValueOrDefault(a.Key).Sum != a.Value[1]);
        return differ == 0 && anchor.Count == cli.Count
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"gelijk: {cli.Count} buurten, count en sum ({boundary.Values.Sum(b => b.Count)} randpunten volgens laagste-code-regel)"
            )
            : string.Create(CultureInfo.InvariantCulture, $"VERSCHIL in {differ} buurten");
    }

    /// <summary>The CLI's W1 against the in-process kernel on the stored points: the same engine, so equal to the
    /// bit.</summary>
    public static string SameAsKernel(WorkloadFiles files, string cliName, string kernelName)
    {
        var cli = CliCsv.Read(DotnetWorkloads.ResultPath(files, cliName), 2);
        var kernel = CliCsv.Read(DotnetWorkloads.ResultPath(files, kernelName), 1);
        var differ = kernel.Count(k =>
            !cli.TryGetValue(k.Key, out var c) || c[0] != k.Value[0] || (c[0] > 0 ? c[1] : 0) != k.Value[1]
        );
        return differ == 0 && kernel.Count == cli.Count
            ? "gelijk"
            : string.Create(CultureInfo.InvariantCulture, $"VERSCHIL in {differ} buurten");
    }

    /// <summary>Areas per buurt and klasse, within 1e-6 relative.</summary>
    public static string W2(WorkloadFiles files, string anchorName, bool anchorHeader)
    {
        var cli = CliCsv.Read(DotnetWorkloads.ResultPath(files, "cli-w2.csv"), 2);
        var anchor = CliCsv.Read(DotnetWorkloads.ResultPath(files, anchorName), 2, anchorHeader);
        var keys = cli.Keys.Where(k => cli[k][0] > 0).Union(anchor.Keys).ToList();
        var (worst, over) = (0.0, 0);
        foreach (var key in keys)
        {
            double c = cli.TryGetValue(key, out var cv) ? cv[0] : 0,
                a = anchor.TryGetValue(key, out var av) ? av[0] : 0;
            var relative = Math.Abs(c - a) / Math.Max(Math.Max(Math.Abs(c), Math.Abs(a)), 1);
            worst = Math.Max(worst, relative);
            over += relative > 1e-6 ? 1 : 0;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(over == 0 ? "gelijk" : "VERSCHIL")}: {keys.Count} buurt×klasse, grootste relatieve afwijking {worst:E1}"
        );
    }

    /// <summary>Data cells per buurt equal and means within 1e-9 relative.</summary>
    public static string W3(WorkloadFiles files, string cliName, string anchorName)
    {
        var cli = CliCsv.Read(DotnetWorkloads.ResultPath(files, cliName), 2);
        var anchor = CliCsv.Read(DotnetWorkloads.ResultPath(files, anchorName), 1);
        var differ = anchor.Count(a =>
            !cli.TryGetValue(a.Key, out var c)
            || c[0] != a.Value[0]
            || (a.Value[0] > 0 && Math.Abs(c[1] - a.Value[1]) > 1e-9 * Math.Max(Math.Abs(a.Value[1]), 1))
        );
        return differ == 0
            ? string.Create(CultureInfo.InvariantCulture, $"gelijk: {anchor.Count} buurten")
            : string.Create(CultureInfo.InvariantCulture, $"VERSCHIL in {differ} buurten");
    }

    // The generator puts boundary point s on row (s + 1) · every − 1 of the CSV (PointsGenerator).
    private static Dictionary<string, (long Count, double Sum)> BoundaryCounts(WorkloadFiles files, int fileRows)
    {
        var extent = files.Extent;
        var every = Math.Max(extent.Count(10_000_000) / (extent.Count(2_000) + extent.Count(500)), 1);
        var points = PointFile.Read(files.BoundaryPointsBin);
        var buurten = DotnetWorkloads.Buurten(files);
        var locator = new AreaPointLocator(buurten);
        var counts = new Dictionary<string, (long Count, double Sum)>(StringComparer.Ordinal);
        for (var s = 0; s < points.Count && ((long)(s + 1) * every) - 1 < fileRows; s++)
        {
            if (locator.Locate(points.X[s], points.Y[s]) is var i and >= 0)
            {
                var (count, sum) = counts.GetValueOrDefault(buurten[i].Code);
                counts[buurten[i].Code] = (count + 1, sum + points.Value[s]);
            }
        }

        return counts;
    }
}
