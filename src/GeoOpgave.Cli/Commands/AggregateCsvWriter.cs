using System.Globalization;
using System.Text;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// Writes the tidy CSV of <c>geoopgave aggregate</c>: header <c>code,class,&lt;stats&gt;</c>, numbers in the
/// invariant culture (shortest round-trip form), unknown values as empty cells. The file is written under
/// a temporary name and moved into place, so a failure never leaves half a result. Text that a spreadsheet would run
/// as a formula gets a leading apostrophe.
/// </summary>
internal static class AggregateCsvWriter
{
    public static void Write(string path, IReadOnlyList<string> stats, IEnumerable<AggregateRow> rows)
    {
        var output = Path.GetFullPath(path);
        var temporary = output + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(string.Join(',', new[] { "code", "class" }.Concat(stats)));
            foreach (var row in rows)
            {
                var cells = new[] { Text(row.Code), Text(row.Class ?? string.Empty) }
                    .Concat(stats.Select(s => row.Values[s] is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty));
                writer.WriteLine(string.Join(',', cells));
            }
        }

        File.Move(temporary, output, overwrite: true);
    }

    // A code or class from someone else's file can start like a spreadsheet formula: escaped as CsvWriter does.
    private static string Text(string raw)
    {
        var value = IO.Csv.CsvWriter.EscapeFormula(raw);
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
