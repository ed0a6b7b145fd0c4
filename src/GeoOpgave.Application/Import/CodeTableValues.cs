using System.Globalization;
using System.Text;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Cbs;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Turns a code table into indicator values of the areas it matches: one indicator per numeric column (its
/// snake_case name), missing for an empty cell, StatLine's '.', or a CBS sentinel.
/// </summary>
internal sealed class CodeTableValues
{
    private static readonly string[] PeriodColumns = ["perioden", "jaar", "year", "periode"];

    public List<IndicatorValue> Values { get; } = [];

    public List<string> Unmatched { get; } = [];

    public List<ImportFieldSummary> Fields { get; } = [];

    public int Matched { get; private set; }

    public int Rejected { get; private set; }

    public static CodeTableValues Build(CodeTable table, ISet<string> areaCodes, int year, List<ImportReportIssue> issues)
    {
        var result = new CodeTableValues();
        var columns = Enumerable.Range(0, table.Header.Count)
            .Where(c => c != table.CodeColumn && !PeriodColumns.Contains(table.Header[c].ToLowerInvariant()))
            .Select(c => (Index: c, Cells: table.Rows.Select(r => Parse(Cell(r.Cells, c), table.CommaDecimals)).ToList()))
            .ToList();
        foreach (var (index, cells) in columns)
        {
            var numeric = cells.Any(v => v.Number is not null) && cells.All(v => v.Text is null);
            var type = !numeric ? "text" : cells.All(v => v.Number is null || double.IsInteger(v.Number.Value)) ? "integer" : "real";
            result.Fields.Add(new ImportFieldSummary(table.Header[index], cells.All(v => v.Missing) ? "empty" : type, cells.Count(v => v.Missing)));
        }

        var numericColumns = columns.Where((c, i) => result.Fields[i].Type is "integer" or "real").ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var (cells, line) = table.Rows[r];
            var raw = Cell(cells, table.CodeColumn);
            if (AreaCode.Normalise(raw) is not { } code)
            {
                result.Rejected++;
                issues.Add(ReportIssues.Warning("InvalidCode", $"'{raw.Trim()}' is geen CBS-code (BU/WK/GM); de regel wordt overgeslagen.", row: line, field: table.Header[table.CodeColumn]));
                continue;
            }

            if (!seen.Add(code))
            {
                result.Rejected++;
                issues.Add(ReportIssues.Warning("DuplicateCode", $"De code {code} komt vaker voor; alleen de eerste regel telt.", row: line, field: table.Header[table.CodeColumn]));
                continue;
            }

            if (!areaCodes.Contains(code))
            {
                result.Unmatched.Add(code);
                continue;
            }

            result.Matched++;
            result.Values.AddRange(numericColumns.Select(c => new IndicatorValue(code, IndicatorId(table.Header[c.Index]), year, c.Cells[r].Number)));
        }

        return result;
    }

    /// <summary>The snake_case id of a column name: lower case, every run of other characters one '_'.</summary>
    public static string IndicatorId(string header)
    {
        var id = new StringBuilder();
        foreach (var c in header.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '_')
            {
                id.Append('_');
            }
        }

        var text = id.ToString().TrimEnd('_');
        return text.Length <= 128 ? text : text[..128];
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index < cells.Count ? cells[index] : string.Empty;

    private static (double? Number, string? Text, bool Missing) Parse(string cell, bool commaDecimals)
    {
        var s = cell.Trim();
        if (s.Length == 0 || s == "." || s == "-")
        {
            return (null, null, true);
        }

        if (commaDecimals && s.Contains(',', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal))
        {
            s = s.Replace(',', '.');
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return CbsSentinels.IsMissing(value) ? (null, null, true) : (value, null, false);
        }

        return (null, s, false);
    }
}
