using System.Globalization;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// One attribute cell of a <see cref="PointCsvBlock"/> read as a value: <see cref="CsvCellKind.Integer"/> with
/// <see cref="Integer"/>, <see cref="CsvCellKind.Real"/> with <see cref="Real"/>, text (see
/// <see cref="PointCsvBlock.Text"/>) or empty. CBS sentinels keep their number here; the caller decides they are
/// missing.
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
        if (TryParsePlainDecimal(s, commaDecimals ? (byte)',' : (byte)'.', out value))
        {
            return true;
        }

        if (commaDecimals && s.Length <= 64 && s.Contains((byte)',') && !s.Contains((byte)'.'))
        {
            Span<byte> copy = stackalloc byte[s.Length];
            s.CopyTo(copy);
            copy.Replace((byte)',', (byte)'.');
            return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && double.IsFinite(value);
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    // Exact powers of ten: each is a double without rounding, so one division by it rounds correctly.
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The fast path for what point files almost always hold ("-12345.678"): an optional sign, digits and at
    /// most one decimal sign, up to 15 significant digits. The digits form an integer below 2^53 and the
    /// divisor is an exact power of ten, so the quotient is the correctly rounded value double.Parse would
    /// give (Clinger's fast path); anything else (exponents, long mantissas, text) goes to double.TryParse.
    /// This halves the cost of reading a 10 M-point CSV (docs/performance.md).
    /// </summary>
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, byte decimalSign, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < s.Length; i++)
        {
            var b = s[i];
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (b - (byte)'0');
                fraction += fraction >= 0 ? 1 : 0;
            }
            else if (b == decimalSign && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        var scaled = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = negative ? -scaled : scaled;
        return true;
    }
}
