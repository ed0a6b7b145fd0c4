using System.Text;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Reads a CSV joined by area code: ';' or ',' (whichever the header has most), a BOM, double quotes, codes
/// padded with spaces or in lower case. The code column is the named one, else the column whose cells are
/// mostly CBS codes. Belongs in GeoOpgave.IO next to the point reader; it lives here until IO has a table reader.
/// </summary>
internal static class CodeTableCsv
{
    /// <summary>The table, or null with an issue added when there is no header or no code column.</summary>
    public static CodeTable? Read(string path, string? codeColumn, List<ImportReportIssue> issues)
    {
        var lines = new List<(IReadOnlyList<string>, int)>();
        char? delimiter = null;
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            delimiter ??= line.Count(c => c == ';') >= line.Count(c => c == ',') ? ';' : ',';
            lines.Add((Split(line, delimiter.Value), number));
        }

        if (lines.Count == 0)
        {
            issues.Add(ReportIssues.Error("UnsupportedFormat", "Het bestand is leeg; verwacht een kopregel met kolomnamen."));
            return null;
        }

        var header = lines[0].Item1.Select(h => h.Trim()).ToList();
        var rows = lines.Skip(1).ToList();
        var column = FindCodeColumn(header, rows, codeColumn, issues);
        return column is null ? null : new CodeTable(header, column.Value, rows, delimiter == ';');
    }

    /// <summary>True when some column of the file's first rows holds mostly CBS codes.</summary>
    public static bool LooksLikeCodeTable(string path)
    {
        var issues = new List<ImportReportIssue>();
        return Read(path, null, issues) is not null;
    }

    private static int? FindCodeColumn(List<string> header, List<(IReadOnlyList<string> Cells, int Line)> rows, string? named, List<ImportReportIssue> issues)
    {
        if (named is not null)
        {
            var index = header.FindIndex(h => string.Equals(h, named.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                issues.Add(ReportIssues.Error("MissingField", $"De codekolom '{named}' bestaat niet; kolommen: {string.Join(", ", header)}.", named));
                return null;
            }

            return index;
        }

        for (var c = 0; c < header.Count; c++)
        {
            var cells = rows.Take(200).Select(r => c < r.Cells.Count ? r.Cells[c] : string.Empty).Where(s => s.Trim().Length > 0).ToList();
            if (cells.Count > 0 && cells.Count(s => AreaCode.Normalise(s) is not null) * 2 > cells.Count)
            {
                return c;
            }
        }

        issues.Add(ReportIssues.Error("MissingField", "Geen kolom met CBS-codes (BU/WK/GM) gevonden; geef de kolom op met --code-column."));
        return null;
    }

    private static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
