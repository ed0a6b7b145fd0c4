using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Indicators;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Application.Import;

/// <summary>
/// A binding of a catalogue indicator to an expression over one table's columns (<c>--indicator ID=EXPR</c>). A name
/// in the expression is a column header as written, its snake_case form, or the indicator id the column was
/// recognised as.
/// </summary>
internal sealed class TableBinding
{
    private readonly IndicatorExpression _expression;
    private readonly Dictionary<string, int> _valueIndex;

    private TableBinding(string indicatorId, IndicatorExpression expression, Dictionary<string, int> valueIndex)
    {
        IndicatorId = indicatorId;
        _expression = expression;
        _valueIndex = valueIndex;
    }

    public string IndicatorId { get; }

    public string Expression => _expression.Text;

    /// <summary>Parses "ID=EXPR" against the table's columns and the catalogue's ids; null with a Dutch error naming
    /// what is wrong.</summary>
    public static TableBinding? Create(
        string binding,
        IReadOnlyList<(string Name, int ValueIndex)> columns,
        CatalogueIndicators catalogue,
        out string? error
    )
    {
        ArgumentNullException.ThrowIfNull(binding);
        var equals = binding.IndexOf('=', StringComparison.Ordinal);
        var id = equals > 0 ? binding[..equals].Trim() : string.Empty;
        if (id.Length == 0 || id != CodeTableValues.IndicatorId(id))
        {
            error =
                $"'{binding}' is geen koppeling; schrijf INDICATOR=UITDRUKKING met een indicator-id in snake_case, bijvoorbeeld percentage_bouwjaarklasse_tot_2000=100-bouwjaar_vanaf_2000_percentage.";
            return null;
        }

        if (IndicatorExpression.TryParse(binding[(equals + 1)..], out var parseError) is not { } expression)
        {
            error = $"De uitdrukking voor '{id}' klopt niet: {parseError}.";
            return null;
        }

        if (catalogue.Refusal(id) is { } refusal)
        {
            error = refusal;
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in expression.Columns)
        {
            var asked = Names(name);
            var match = columns
                .Where(c => Names(c.Name).Overlaps(asked))
                .Select(c => (int?)c.ValueIndex)
                .FirstOrDefault();
            if (match is null)
            {
                error =
                    $"De uitdrukking voor '{id}' noemt de kolom '{name}', maar die is er niet (of is geen getal); kolommen: {string.Join(", ", columns.Select(c => c.Name).Where(c => c.Length > 0))}.";
                return null;
            }

            index[name] = match.Value;
        }

        error = null;
        return new TableBinding(id, expression, index);
    }

    /// <summary>The numeric columns of a table as bindings see them.</summary>
    public static IReadOnlyList<(string Name, int ValueIndex)> ColumnsOf(CodeTable table) =>
        table.Columns.Where(c => c.IsNumeric).Select(c => (c.Name, c.ValueIndex)).ToList();

    public double? Evaluate(CodeTableRow row) => _expression.Evaluate(name => row.Values[_valueIndex[name]]);

    // A name is matched through any of its forms, so a binding made later on a stored table (whose columns carry the
    // recognised ids) may still use the header as the file wrote it.
    private static HashSet<string> Names(string header)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { header.Trim(), CodeTableValues.IndicatorId(header) };
        if (IndicatorColumnNames.Recognise(header) is { } recognised)
        {
            names.Add(recognised);
        }

        names.Remove(string.Empty);
        return names;
    }
}
