using NetTopologySuite.Features;

namespace GeoOpgave.Application.Import;

/// <summary>Per field: the types seen and how many values were missing, in order of first appearance.</summary>
internal sealed class FieldStatistics
{
    private readonly Dictionary<string, Field> _fields = new(StringComparer.Ordinal);
    private readonly List<Field> _order = [];
    private int _count;

    public void Add(IAttributesTable? attributes)
    {
        foreach (var name in attributes?.GetNames() ?? [])
        {
            if (!_fields.TryGetValue(name, out var field))
            {
                field = new Field(name);
                _fields[name] = field;
                _order.Add(field);
            }

            var value = attributes![name];
            field.Present++;
            if (PreparedVectorLayer.IsMissing(value))
            {
                field.MissingValues++;
            }
            else
            {
                field.Types |= TypeOf(value!);
            }
        }

        _count++;
    }

    /// <summary>
    /// Adds <paramref name="rows"/> rows counted per column elsewhere (a columnar block in which every row has
    /// every column): per column the missing values and which kinds of value were seen.
    /// </summary>
    public void AddColumns(
        int rows,
        IReadOnlyList<string> names,
        IReadOnlyList<(int Missing, bool Integer, bool Real, bool Text)> columns
    )
    {
        for (var c = 0; c < names.Count; c++)
        {
            if (!_fields.TryGetValue(names[c], out var field))
            {
                field = new Field(names[c]);
                _fields[names[c]] = field;
                _order.Add(field);
            }

            var (missing, integer, real, text) = columns[c];
            field.Present += rows;
            field.MissingValues += missing;
            field.Types |=
                (integer ? ValueTypes.Integer : 0) | (real ? ValueTypes.Real : 0) | (text ? ValueTypes.Text : 0);
        }

        _count += rows;
    }

    // A feature without the field at all also counts as missing.
    public IReadOnlyList<ImportFieldSummary> Summaries() =>
        _order
            .Select(f => new ImportFieldSummary(f.Name, Combine(f.Types), f.MissingValues + (_count - f.Present)))
            .ToList();

    private static ValueTypes TypeOf(object value) => value switch
    {
        long => ValueTypes.Integer,
        double => ValueTypes.Real,
        bool => ValueTypes.Boolean,
        _ => ValueTypes.Text,
    };

    private static string Combine(ValueTypes types) => types switch
    {
        ValueTypes.None => "empty",
        ValueTypes.Integer => "integer",
        ValueTypes.Real or (ValueTypes.Integer | ValueTypes.Real) => "real",
        ValueTypes.Boolean => "boolean",
        ValueTypes.Text => "text",
        _ => "mixed",
    };

    [Flags]
    private enum ValueTypes
    {
        None = 0,
        Integer = 1,
        Real = 2,
        Boolean = 4,
        Text = 8,
    }

    private sealed class Field(string name)
    {
        public string Name { get; } = name;

        public int Present { get; set; }

        public int MissingValues { get; set; }

        public ValueTypes Types { get; set; }
    }
}
