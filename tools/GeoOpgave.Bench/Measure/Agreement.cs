using System.Globalization;
using GeoOpgave.Bench.Workloads;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Checks that the engines gave the same answer. PostGIS's ST_Contains leaves out points on a boundary
/// that GeoOpgave assigns to the lowest code, so W1 compares GeoOpgave's counts minus its counts of the
/// generated boundary points with PostGIS's counts: these must be equal for every buurt.
/// </summary>
internal static class Agreement
{
    public static string W1(WorkloadFiles files, string dotnetFile)
    {
        var dotnet = Counts(files, dotnetFile);
        var boundary = Counts(files, "dotnet-w1-boundary.csv");
        var postgis = Counts(files, "pg-w1.csv");
        var differ = postgis.Count(p =>
            !dotnet.TryGetValue(p.Key, out var d) || d.Count - boundary.GetValueOrDefault(p.Key).Count != p.Value.Count
            || d.Sum - boundary.GetValueOrDefault(p.Key).Sum != p.Value.Sum);
        var boundaryTotal = boundary.Values.Sum(b => b.Count);
        return differ == 0 && postgis.Count == dotnet.Count
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"gelijk: {postgis.Count} buurten, count en sum per buurt ({boundaryTotal} randpunten volgens laagste-code-regel)"
            )
            : string.Create(CultureInfo.InvariantCulture, $"VERSCHIL in {differ} buurten");
    }

    public static string SameCounts(WorkloadFiles files, string a, string b) =>
        File.ReadAllText(DotnetWorkloads.ResultPath(files, a)) == File.ReadAllText(DotnetWorkloads.ResultPath(files, b))
            ? "gelijk"
            : "VERSCHIL";

    public static string W2(WorkloadFiles files)
    {
        var dotnet = Areas(files, "dotnet-w2.csv");
        var postgis = Areas(files, "pg-w2.csv");
        var keys = dotnet.Keys.Union(postgis.Keys).ToList();
        var worst = 0.0;
        var overTolerance = 0;
        foreach (var key in keys)
        {
            double d = dotnet.GetValueOrDefault(key), p = postgis.GetValueOrDefault(key);
            var relative = Math.Abs(d - p) / Math.Max(Math.Max(Math.Abs(d), Math.Abs(p)), 1);
            worst = Math.Max(worst, relative);
            overTolerance += relative > 1e-6 ? 1 : 0;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(overTolerance == 0 ? "gelijk" : "VERSCHIL")}: {keys.Count} buurt×klasse, grootste relatieve afwijking {worst:E1}, {overTolerance} boven 1e-6"
        );
    }

    /// <summary>Data cells and mean per buurt, centre rule: cells whose centre lies exactly on a buurt edge may go to
    /// the other neighbour in PostGIS.</summary>
    public static string W3(WorkloadFiles files)
    {
        var dotnet = Counts(files, "dotnet-w3-centre.csv");
        var postgis = Counts(files, "pg-w3.csv");
        var countDiffers = dotnet.Count(d => postgis.GetValueOrDefault(d.Key).Count != d.Value.Count);
        var worstMean = dotnet
            .Where(d => postgis.ContainsKey(d.Key) && d.Value.Count > 0 && postgis[d.Key].Count == d.Value.Count)
            .Select(d => Math.Abs(d.Value.Sum - postgis[d.Key].Sum) / Math.Max(Math.Abs(d.Value.Sum), 1e-300))
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{dotnet.Values.Sum(d => d.Count)} ↔ {postgis.Values.Sum(p => p.Count)} datacellen; {countDiffers} buurten met ander aantal; grootste relatieve afwijking van het gemiddelde {worstMean:E1}"
        );
    }

    private static Dictionary<string, (long Count, double Sum)> Counts(WorkloadFiles files, string name) =>
        File.ReadLines(DotnetWorkloads.ResultPath(files, name))
            .Select(l => l.Split(','))
            .Where(p => p[0] != "code")
            .ToDictionary(
                p => p[0],
                p =>
                    (
                        long.Parse(p[1], CultureInfo.InvariantCulture),
                        p[2].Length == 0 ? 0 : double.Parse(p[2], CultureInfo.InvariantCulture)
                    ),
                StringComparer.Ordinal
            );

    private static Dictionary<string, double> Areas(WorkloadFiles files, string name) =>
        File.ReadLines(DotnetWorkloads.ResultPath(files, name))
            .Select(l => l.Split(','))
            .Where(p => p[0] != "code" && p.Length == 3)
            .ToDictionary(
                p => p[0] + "/" + p[1],
                p => double.Parse(p[2], CultureInfo.InvariantCulture),
                StringComparer.Ordinal
            );
}
