using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Turns a code table into indicator values of the areas it matches: one indicator per numeric column (the
/// catalogue id when <see cref="IndicatorColumnNames"/> recognises the name, else its snake_case name), plus one per
/// binding (<c>--indicator ID=EXPR</c>) and the rates derived from them. Missing for an empty cell, StatLine's '.',
/// or a CBS sentinel. Each row keeps its own year: the table's period column, else the year asked for. A code
/// matches when the workspace has an area with that code in any year, so figures of an earlier year land on
/// today's areas wherever their codes still exist.
/// </summary>
internal sealed class CodeTableValues
{
    public List<IndicatorValue> Values { get; } = [];

    public List<string> Unmatched { get; } = [];

    public List<ImportFieldSummary> Fields { get; } = [];

    public SortedSet<int> Years { get; } = [];

    /// <summary>Column name → indicator id, for the columns whose name was recognised as a catalogue
    /// indicator.</summary>
    public Dictionary<string, string> Recognised { get; } = new(StringComparer.Ordinal);

    public int Matched { get; private set; }

    public int Rejected { get; private init; }

    public static CodeTableValues Build(
        CodeTable table,
        IReadOnlySet<string> areaCodes,
        int year,
        IReadOnlyList<TableBinding> bindings,
        string source
    )
    {
        var result = new CodeTableValues { Rejected = table.RowsRead - table.Rows.Count };
        result.Fields.AddRange(
            table.Columns.Select(c => new ImportFieldSummary(
                c.Name,
                c.Type.ToString().ToLowerInvariant(),
                c.MissingValues
            ))
        );
        var numeric = result.IdsOf(table.Columns.Where(c => c.IsNumeric).ToList());
        var unmatched = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<IndicatorValue>();
        foreach (var row in table.Rows)
        {
            if (!areaCodes.Contains(row.Code))
            {
                if (unmatched.Add(row.Code))
                {
                    result.Unmatched.Add(row.Code);
                }

                continue;
            }

            result.Matched++;
            var rowYear = row.Year ?? year;
            result.Years.Add(rowYear);
            rows.AddRange(
                numeric.Select(c => new IndicatorValue(row.Code, c.Id, rowYear, row.Values[c.Column.ValueIndex])
                {
                    Source = source,
                })
            );
            rows.AddRange(
                bindings.Select(b => new IndicatorValue(row.Code, b.IndicatorId, rowYear, b.Evaluate(row))
                {
                    Source = source,
                })
            );
        }

        // A row's bindings come after its columns, so a binding wins over a column of the same name.
        var values = rows
            .GroupBy(v => (v.AreaCode, v.IndicatorId, v.Year))
            .Select(g => g.Last())
            .ToList();
        // Unknown cells are not stored: one value per area, indicator and year is kept, and a table that lacks a
        // figure must not wipe out the known figure another source gave for the same year.
        result.Values.AddRange(
            values
                .Concat(KerncijferRates.Derive(values).Select(v => v with { Source = source }))
                .Where(v => v.Value is not null)
        );
        return result;
    }

    /// <summary>The snake_case id of a column name, at most 128 characters.</summary>
    public static string IndicatorId(string header)
    {
        var text = IndicatorColumnNames.SnakeCase(header);
        return text.Length <= 128 ? text : text[..128];
    }

    // A recognised name takes the catalogue id, once per table: a second column recognised as the same keeps its own.
    private List<(string Id, CodeTableColumn Column)> IdsOf(List<CodeTableColumn> columns)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<(string, CodeTableColumn)>();
        foreach (var column in columns)
        {
            var recognised = IndicatorColumnNames.Recognise(column.Name);
            var id = recognised is not null && taken.Add(recognised) ? recognised : IndicatorId(column.Name);
            if (id.Length == 0)
            {
                // An unnamed column is a row number (pandas writes its index so), not a figure.
                continue;
            }

            if (recognised is not null && id == recognised)
            {
                Recognised[column.Name] = id;
            }

            taken.Add(id);
            ids.Add((id, column));
        }

        return ids;
    }
}
