using System.Globalization;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// Reads a result CSV into numbers per key: <c>geoopgave aggregate</c>'s code,class,stats… (2 key columns, an
/// empty class left out of the key), an anchor's code,stats… or code,klasse,stats…; psql output has no header.
/// An empty cell is NaN.
/// </summary>
internal static class CliCsv
{
    public static Dictionary<string, double[]> Read(string path, int keyColumns, bool header = true) =>
        File.ReadLines(path)
            .Skip(header ? 1 : 0)
            .Select(l => l.Split(','))
            .ToDictionary(
                p => string.Join('/', p.Take(keyColumns).Where(k => k.Length > 0)),
                p =>
                    p.Skip(keyColumns)
                        .Select(v => v.Length == 0 ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture))
                        .ToArray(),
                StringComparer.Ordinal
            );
}
