using System.Text;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Csv;

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

    public int Rejected { get; private init; }

    public static CodeTableValues Build(CodeTable table, ISet<string> areaCodes, int year)
    {
        var result = new CodeTableValues { Rejected = table.RowsRead - table.Rows.Count };
        var columns = table.Columns.Where(c => !PeriodColumns.Contains(c.Name.ToLowerInvariant())).ToList();
        result.Fields.AddRange(columns.Select(c => new ImportFieldSummary(c.Name, c.Type.ToString().ToLowerInvariant(), c.MissingValues)));
        var numeric = columns.Where(c => c.IsNumeric).Select(c => (Id: IndicatorId(c.Name), c.ValueIndex)).ToList();
        foreach (var row in table.Rows)
        {
            if (!areaCodes.Contains(row.Code))
            {
                result.Unmatched.Add(row.Code);
                continue;
            }

            result.Matched++;
            result.Values.AddRange(numeric.Select(c => new IndicatorValue(row.Code, c.Id, year, row.Values[c.ValueIndex])));
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
}
