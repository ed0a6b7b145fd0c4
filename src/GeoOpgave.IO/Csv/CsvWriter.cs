using System.Globalization;
using System.Text;
using GeoOpgave.IO.Features;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Writes a layer's attributes as an RFC 4180 CSV table (header row, CRLF line ends, UTF-8), one row per feature and
/// without geometry. Columns are the union of the attribute names in first-seen order. Missing and null values are
/// empty cells; numbers use the invariant culture with the options' decimal sign; text that a spreadsheet would run as
/// a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe (OWASP CSV injection advice).
/// </summary>
public static class CsvWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes the table to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="options">Separator and byte order mark; null for <see cref="CsvWriterOptions.Semicolon"/>.</param>
    /// <exception cref="ArgumentException">The separator is not ';' or ','.</exception>
    public static async Task WriteAsync(Stream stream, VectorLayer layer, CsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layer);
        options ??= CsvWriterOptions.Semicolon;
        if (options.Separator is not (';' or ','))
        {
            throw new ArgumentException($"CSV separator '{options.Separator}' is not ';' or ','.", nameof(options));
        }

        var columns = options.Columns?.ToList() ?? Columns(layer);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(options.ByteOrderMark), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(Row(columns, options));
        foreach (var feature in layer.Features)
        {
            var values = columns.Select(c => feature.Attributes is { } a && a.Exists(c) ? a[c] : null);
            await writer.WriteLineAsync(Row(values, options).AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the table to a file at <paramref name="path"/>, replacing it.</summary>
    /// <inheritdoc cref="WriteAsync(Stream, VectorLayer, CsvWriterOptions, CancellationToken)"/>
    public static async Task WriteFileAsync(string path, VectorLayer layer, CsvWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await WriteAsync(stream, layer, options, cancellationToken);
    }

    /// <summary>One value as the text of a CSV field, quoted and escaped as needed.</summary>
    public static string Field(object? value, CsvWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = value switch
        {
            null => string.Empty,
            string s => EscapeFormula(s),
            bool b => b ? "true" : "false",
            double or float => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), options),
            decimal m => m.ToString(CultureInfo.InvariantCulture).Replace('.', options.DecimalSeparator),
            DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => EscapeFormula(value.ToString() ?? string.Empty),
        };
        return NeedsQuotes(text, options.Separator) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Number(double d, CsvWriterOptions options) =>
        double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture).Replace('.', options.DecimalSeparator) : string.Empty;

    /// <summary>
    /// Text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return) gets a leading
    /// apostrophe, so that a value from an upload or a user name cannot become a formula (CSV injection).
    /// </summary>
    public static string EscapeFormula(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length > 0 && Array.IndexOf(FormulaStarts, s[0]) >= 0 ? "'" + s : s;
    }

    private static bool NeedsQuotes(string text, char separator) =>
        text.Length > 0 && (text.Contains(separator, StringComparison.Ordinal) || text.AsSpan().IndexOfAny("\"\r\n") >= 0
            || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static string Row(IEnumerable<object?> values, CsvWriterOptions options) =>
        string.Join(options.Separator, values.Select(v => Field(v, options)));

    private static List<string> Columns(VectorLayer layer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<string>();
        foreach (var feature in layer.Features)
        {
            foreach (var name in feature.Attributes?.GetNames() ?? [])
            {
                if (seen.Add(name))
                {
                    columns.Add(name);
                }
            }
        }

        return columns;
    }
}
