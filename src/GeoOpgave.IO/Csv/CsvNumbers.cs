using System.Globalization;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Parses numbers with the invariant culture, plus the Dutch decimal comma when the file is ';'-delimited
/// (a comma cannot be a decimal sign in a ','-delimited file, so it is only read there on purpose).
/// </summary>
internal static class CsvNumbers
{
    public static bool TryParse(string text, bool commaDecimals, out double value)
    {
        var s = text.Trim();
        if (commaDecimals && s.Contains(',', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal))
        {
            s = s.Replace(',', '.');
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>An attribute value: null when empty, long or double when it is a number, else the text.</summary>
    public static object? Attribute(string text, bool commaDecimals)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return null;
        }

        // Codes such as postcodes and "0363" keep their leading zero, so they stay text.
        var leadingZero = s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1]);
        if (
            !leadingZero && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
        )
        {
            return whole;
        }

        return !leadingZero && TryParse(s, commaDecimals, out var number) ? number : text;
    }
}
