using System.Globalization;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri.Dbf.Fields;

namespace GeoOpgave.IO.Shapefile;

/// <summary>The dBASE fields of a layer: each attribute's name cut to the 10 characters dBASE allows, typed from its
/// values.</summary>
internal static class ShapefileWriterFields
{
    private const int MaxNameLength = 10;
    private const int MaxCharacterLength = 254;

    /// <summary>The fields, in order of first appearance, paired with the attribute name each one holds.</summary>
    public static IReadOnlyList<(string Attribute, DbfField Field)> Infer(
        IReadOnlyList<IFeature> features,
        Encoding encoding
    )
    {
        var order = new List<string>();
        var kinds = new Dictionary<string, (Type? Type, int Length, bool Wide)>(StringComparer.Ordinal);
        foreach (var attributes in features.Select(f => f.Attributes).OfType<IAttributesTable>())
        {
            foreach (var name in attributes.GetNames())
            {
                if (!kinds.TryGetValue(name, out var kind))
                {
                    order.Add(name);
                }

                var value = attributes[name];
                var length = value is null ? 0 : encoding.GetByteCount(Text(value));
                var wide =
                    kind.Wide
                    || (
                        KindOf(value) == typeof(long)
                        && Convert.ToInt64(value, CultureInfo.InvariantCulture) is < int.MinValue or > int.MaxValue
                    );
                kinds[name] = (Merge(kind.Type, KindOf(value)), Math.Max(kind.Length, length), wide);
            }
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return order.Select(name => (name, Create(UniqueName(name, used), kinds[name]))).ToList();
    }

    /// <summary>The value as the field stores it: numbers converted, text formatted with the invariant
    /// culture.</summary>
    public static object? ToFieldValue(object? value, DbfField field) => value switch
    {
        null => null,
        double d when double.IsNaN(d) || double.IsInfinity(d) => null,
        _ when field is DbfCharacterField => Text(value),
        bool b when field is DbfLogicalField => b,
        _ when field is DbfNumericInt32Field => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        _ when field is DbfNumericInt64Field => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    // Integers that fit 32 bits get a 10-digit field, which GDAL reads as Integer; wider ones need 19 digits (read as
    // Real).
    private static DbfField Create(string name, (Type? Type, int Length, bool Wide) kind)
    {
        var fields = new List<DbfField>();
        if (kind.Type == typeof(long) && !kind.Wide)
        {
            fields.AddNumericInt32Field(name);
        }
        else if (kind.Type == typeof(long))
        {
            fields.AddNumericInt64Field(name);
        }
        else if (kind.Type == typeof(double))
        {
            fields.AddNumericDoubleField(name);
        }
        else if (kind.Type == typeof(bool))
        {
            fields.AddLogicalField(name);
        }
        else
        {
            fields.AddCharacterField(name, Math.Clamp(kind.Length, 1, MaxCharacterLength));
        }

        return fields[0];
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name.Length <= MaxNameLength ? name : name[..MaxNameLength];
        for (var i = 1; !used.Add(candidate); i++)
        {
            var suffix = "_" + i.ToString(CultureInfo.InvariantCulture);
            candidate = name[..Math.Min(name.Length, MaxNameLength - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private static string Text(object value) => value is IFormattable f
        ? f.ToString(null, CultureInfo.InvariantCulture)
        : value.ToString() ?? string.Empty;

    private static Type? KindOf(object? value) => value switch
    {
        null => null,
        bool => typeof(bool),
        byte or sbyte or short or ushort or int or uint or long => typeof(long),
        float or double or decimal => typeof(double),
        _ => typeof(string),
    };

    private static Type? Merge(Type? current, Type? next)
    {
        if (current is null || next is null || current == next)
        {
            return current ?? next;
        }

        return current != typeof(string) && next != typeof(string) && current != typeof(bool) && next != typeof(bool)
            ? typeof(double)
            : typeof(string);
    }
}
