using System.Globalization;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>An attribute column of a feature table: its name and the SQLite type its values were inferred to
/// need.</summary>
internal sealed record GeoPackageWriterColumn(string Name, string SqlType);

/// <summary>Infers the attribute columns of a layer from the values its features carry.</summary>
internal static class GeoPackageWriterColumns
{
    public const string Text = "TEXT";
    public const string Integer = "INTEGER";
    public const string Real = "REAL";
    public const string Boolean = "BOOLEAN";

    /// <summary>
    /// The columns in order of first appearance. A column whose values are all integers is INTEGER, integers mixed
    /// with floating point is REAL, all booleans is BOOLEAN; anything else (or only nulls) is TEXT.
    /// </summary>
    public static IReadOnlyList<GeoPackageWriterColumn> Infer(IReadOnlyList<IFeature> features)
    {
        var order = new List<string>();
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (feature.Attributes is null)
            {
                continue;
            }

            foreach (var name in feature.Attributes.GetNames())
            {
                if (!types.TryGetValue(name, out var current))
                {
                    order.Add(name);
                    current = null;
                }

                types[name] = Merge(current, KindOf(feature.Attributes[name]));
            }
        }

        return order.Select(n => new GeoPackageWriterColumn(n, types[n] ?? Text)).ToList();
    }

    /// <summary>The value as SQLite stores it in a column of the given type (DBNull for null).</summary>
    public static object ToDbValue(object? value, string sqlType) => value switch
    {
        null => DBNull.Value,
        double d when double.IsNaN(d) || double.IsInfinity(d) => DBNull.Value,
        float f when float.IsNaN(f) || float.IsInfinity(f) => DBNull.Value,
        bool b when sqlType == Boolean => b ? 1L : 0L,
        _ when sqlType == Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ when sqlType == Real => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? KindOf(object? value) => value switch
    {
        null => null,
        bool => Boolean,
        byte or sbyte or short or ushort or int or uint or long => Integer,
        float or double or decimal => Real,
        _ => Text,
    };

    private static string? Merge(string? current, string? next)
    {
        if (current is null || next is null || current == next)
        {
            return current ?? next;
        }

        return (current, next) is (Integer, Real) or (Real, Integer) ? Real : Text;
    }
}
