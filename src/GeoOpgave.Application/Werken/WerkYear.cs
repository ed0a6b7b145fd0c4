using System.Globalization;

namespace GeoOpgave.Application.Werken;

/// <summary>Reads a year from a year or a date value of a works layer (invariant culture, Dutch date orders
/// too).</summary>
internal static class WerkYear
{
    public const int Earliest = Core.Indicators.DataYears.Earliest;
    public const int Latest = Core.Indicators.DataYears.Latest;

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd",
        "d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "dd/MM/yyyy", "M-yyyy", "MM-yyyy", "yyyy-MM",
    ];

    /// <summary>The year, or null with <paramref name="unparsable"/> false when the value is missing, or true when it
    /// is not a year or date.</summary>
    public static int? Parse(object? value, out bool unparsable)
    {
        unparsable = false;
        switch (value)
        {
            case null:
                return null;
            case long l:
                return (int)Math.Clamp(l, int.MinValue, int.MaxValue);
            case int i:
                return i;
            case double d when !double.IsNaN(d) && d == Math.Floor(d):
                return (int)Math.Clamp(d, int.MinValue, int.MaxValue);
            case DateTime dt:
                return dt.Year;
            case DateTimeOffset dto:
                return dto.Year;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        if (
            DateTime.TryParseExact(
                text,
                DateFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces,
                out var date
            )
        )
        {
            return date.Year;
        }

        unparsable = true;
        return null;
    }

    public static bool Plausible(int year) => year is >= Earliest and <= Latest;
}
