using System.Globalization;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// Class breaks for a choropleth. A break is the lowest value of the next class: a value belongs to class
/// <c>i</c> when exactly <c>i</c> breaks are at or below it. Unknown values (NaN) never take part.
/// </summary>
public static class Classifier
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The <paramref name="classes"/> − 1 breaks of the known values; empty when there are none.</summary>
    public static IReadOnlyList<double> Breaks(IEnumerable<double> values, ClassMethod method, int classes)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0 || classes == 1)
        {
            return [];
        }

        return method switch
        {
            ClassMethod.Quantiles => Enumerable
                .Range(1, classes - 1)
                .Select(i => sorted[i * sorted.Length / classes])
                .ToArray(),
            ClassMethod.NaturalBreaks => JenksBreaks.Of(sorted, classes),
            _ => Enumerable.Range(1, classes - 1)
                .Select(i => sorted[0] + ((sorted[^1] - sorted[0]) * i / classes))
                .ToArray(),
        };
    }

    /// <summary>The class of a value (0 … breaks.Count), or −1 when the value is unknown.</summary>
    public static int ClassOf(double? value, IReadOnlyList<double> breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        if (value is not { } v || double.IsNaN(v))
        {
            return -1;
        }

        var index = 0;
        while (index < breaks.Count && v >= breaks[index])
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Breaks typed by a user, e.g. "40; 55; 70" (Dutch decimal comma allowed); null with a Dutch reason when the
    /// text is not an ascending list of at most <paramref name="maxBreaks"/> numbers.
    /// </summary>
    public static (IReadOnlyList<double>? Breaks, string? Error) ParseManual(string? text, int maxBreaks)
    {
        var parts = (text ?? string.Empty).Split(
            [';', ' '],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        var breaks = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, Dutch, out var value))
            {
                return (null, $"'{part}' is geen getal. Scheid de grenzen met een puntkomma, bijvoorbeeld 40; 55; 70.");
            }

            breaks.Add(value);
        }

        if (breaks.Count is 0 || breaks.Count > maxBreaks)
        {
            return (null, $"Geef 1 tot {maxBreaks.ToString(Dutch)} klassengrenzen op, gescheiden door een puntkomma.");
        }

        return breaks.Zip(breaks.Skip(1)).Any(p => p.Second <= p.First)
            ? (null, "De klassengrenzen moeten van laag naar hoog oplopen.")
            : (breaks, null);
    }
}
