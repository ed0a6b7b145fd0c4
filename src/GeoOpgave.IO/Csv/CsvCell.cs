using System.Globalization;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// One attribute cell of a <see cref="PointCsvBlock"/> read as a value: <see cref="CsvCellKind.Integer"/> with
/// <see cref="Integer"/>, <see cref="CsvCellKind.Real"/> with <see cref="Real"/>, text (see
/// <see cref="PointCsvBlock.Text"/>) or empty. CBS sentinels keep their number here; the caller decides they are missing.
/// </summary>
public readonly record struct CsvCell(CsvCellKind Kind, long Integer, double Real)
{
    /// <summary>Classifies UTF-8 or single-byte text as <see cref="CsvNumbers.Attribute"/> does for strings.</summary>
    internal static CsvCell Read(ReadOnlySpan<byte> bytes, bool commaDecimals)
    {
        var s = bytes.Trim(" \t"u8);
        if (s.IsEmpty)
        {
            return new CsvCell(CsvCellKind.Empty, 0, 0);
        }

        // Codes such as postcodes and "0363" keep their leading zero, so they stay text.
        if (s.Length > 1 && s[0] == (byte)'0' && char.IsAsciiDigit((char)s[1]))
        {
            return new CsvCell(CsvCellKind.Text, 0, 0);
        }

        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return new CsvCell(CsvCellKind.Integer, whole, 0);
        }

        return TryParseNumber(s, commaDecimals, out var number)
            ? new CsvCell(CsvCellKind.Real, 0, number)
            : new CsvCell(CsvCellKind.Text, 0, 0);
    }

    /// <summary>
    /// A finite number in the invariant culture, or with a decimal comma (and no point) when
    /// <paramref name="commaDecimals"/>: the byte form of <see cref="CsvNumbers.TryParse"/>.
    /// </summary>
    internal static bool TryParseNumber(ReadOnlySpan<byte> bytes, bool commaDecimals, out double value)
    {
        var s = bytes.Trim(" \t"u8);
        if (commaDecimals && s.Length <= 64 && s.Contains((byte)',') && !s.Contains((byte)'.'))
        {
            Span<byte> copy = stackalloc byte[s.Length];
            s.CopyTo(copy);
            copy.Replace((byte)',', (byte)'.');
            return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
