using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.Esdl;

/// <summary>Turns the values of the ESDL areas into a <see cref="CodeTable"/>: a row per coded area, a column per
/// value name in the order the file first gives them.</summary>
internal static class EsdlTable
{
    public const string CodeColumn = "id";

    public static CodeTable? Build(
        string name,
        List<EsdlAreaValues> areas,
        Dictionary<string, string> units,
        IssueLog log
    )
    {
        var coded = Coded(areas, log);
        if (coded.Count == 0)
        {
            log.Error(
                IssueKind.MissingField,
                "Het ESDL-bestand heeft geen gebied (area) met een CBS-code (BU/WK/GM) als id of naam.",
                field: CodeColumn);
            return null;
        }

        var names = coded.SelectMany(a => a.Values.Keys).Distinct(StringComparer.Ordinal).ToList();
        var values = names.Select(n => coded.Select(a => Value(a, n, log)).ToArray()).ToList();
        var columns = new List<CodeTableColumn>(names.Count);
        var numeric = new List<double?[]>();
        for (var c = 0; c < names.Count; c++)
        {
            var known = values[c].OfType<double>().ToArray();
            var type = known.Length == 0 ? CodeTableColumnType.Empty
                : known.All(v => v == Math.Round(v)) ? CodeTableColumnType.Integer
                : CodeTableColumnType.Real;
            columns.Add(new CodeTableColumn(
                names[c],
                type,
                coded.Count - known.Length,
                type == CodeTableColumnType.Empty ? -1 : numeric.Count));
            if (type != CodeTableColumnType.Empty)
            {
                numeric.Add(values[c]);
            }

            if (units.TryGetValue(names[c], out var unit) && unit.Length > 0)
            {
                log.Info(IssueKind.ColumnUnit, $"De kolom '{names[c]}' is in {unit} (ESDL).", field: names[c]);
            }
        }

        var rows = coded
            .Select((a, r) => new CodeTableRow(a.Code!, a.Line, numeric.Select(v => v[r]).ToArray()))
            .ToList();
        return new CodeTable(name, CodeColumn, columns, rows, areas.Count(a => a.Code is not null));
    }

    // The first area of each code; an area without a code is only worth a word when it holds values of its own.
    private static List<EsdlAreaValues> Coded(List<EsdlAreaValues> areas, IssueLog log)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var coded = new List<EsdlAreaValues>();
        foreach (var area in areas.OrderBy(a => a.Line))
        {
            if (area.Code is null)
            {
                if (area.Values.Count > 0)
                {
                    log.Warning(
                        IssueKind.InvalidCode,
                        $"Het gebied '{area.ShownId}' heeft geen CBS-code als id of naam; zijn waarden worden overgeslagen.",
                        field: CodeColumn,
                        row: area.Line);
                }
            }
            else if (!seen.Add(area.Code))
            {
                log.Warning(
                    IssueKind.DuplicateCode,
                    $"De code {area.Code} komt vaker voor; alleen het eerste gebied telt.",
                    field: CodeColumn,
                    row: area.Line);
            }
            else
            {
                coded.Add(area);
            }
        }

        return coded;
    }

    private static double? Value(EsdlAreaValues area, string column, IssueLog log)
    {
        if (!area.Values.TryGetValue(column, out var raw) || string.IsNullOrWhiteSpace(raw.Text))
        {
            return null;
        }

        if (double.TryParse(raw.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return CbsSentinels.IsMissing(value) ? null : value;
        }

        log.Warning(
            IssueKind.NotANumber,
            $"De waarde '{raw.Text}' van {area.Code} is geen getal en telt als onbekend.",
            field: column,
            row: raw.Line);
        return null;
    }
}
