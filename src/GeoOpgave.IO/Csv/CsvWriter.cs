using System.Globalization;
using System.Text;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Files;

namespace GeoOpgave.IO.Csv;

/// <summary>
/// Writes a layer's attributes (one row per feature, without geometry) or any other table of values as an RFC 4180
/// CSV table: header row, CRLF line ends unless the options say otherwise, UTF-8. A layer's columns are the union of
/// its attribute names in first-seen order. Missing and null values are empty cells; numbers use the invariant culture
/// with the options' decimal sign; text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
/// gets a leading apostrophe (OWASP CSV injection advice).
/// </summary>
public static class CsvWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes the table to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="options">Separator and byte order mark; null for <see cref="CsvWriterOptions.Semicolon"/>.</param>
    /// <exception cref="ArgumentException">The separator is not ';' or ','.</exception>
    public static Task WriteAsync(
        Stream stream,
        VectorLayer layer,
        CsvWriterOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(layer);
        var columns = options?.Columns?.ToList() ?? Columns(layer);
        var rows = layer.Features.Select(f => columns.Select(c => f.Attributes is { } a && a.Exists(c) ? a[c] : null));
        return WriteRowsAsync(stream, columns, rows, options, cancellationToken);
    }

    /// <summary>
    /// Writes a table that is not a layer: <paramref name="header"/>, then one line per row, each value written as
    /// <see cref="Field"/> writes it (numbers, unknown values and formula escaping as for a layer).
    /// </summary>
    /// <inheritdoc cref="WriteAsync(Stream, VectorLayer, CsvWriterOptions, CancellationToken)"/>
    public static async Task WriteRowsAsync(
        Stream stream,
        IEnumerable<string> header,
        IEnumerable<IEnumerable<object?>> rows,
        CsvWriterOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= CsvWriterOptions.Semicolon;
        if (options.Separator is not (';' or ','))
        {
            throw new ArgumentException($"CSV separator '{options.Separator}' is not ';' or ','.", nameof(options));
        }

        await using var writer = new StreamWriter(
            stream,
            new UTF8Encoding(options.ByteOrderMark),
            64 * 1024,
            leaveOpen: true
        )
        {
            NewLine = options.NewLine,
        };
        // Lines are gathered and handed to the writer in blocks: an await per line cost more than the formatting.
        var lines = new StringBuilder();
        AppendRow(lines, header, options);
        foreach (var row in rows)
        {
            AppendRow(lines, row, options);
            if (lines.Length >= 32 * 1024)
            {
                await writer.WriteAsync(lines, cancellationToken);
                lines.Clear();
            }
        }

        await writer.WriteAsync(lines, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the table to a file at <paramref name="path"/>, replacing it whole (see
    /// <see cref="AtomicFile"/>).</summary>
    /// <inheritdoc cref="WriteAsync(Stream, VectorLayer, CsvWriterOptions, CancellationToken)"/>
    public static Task WriteFileAsync(
        string path,
        VectorLayer layer,
        CsvWriterOptions? options = null,
        CancellationToken cancellationToken = default
    ) => AtomicFile.WriteAsync(path, stream => WriteAsync(stream, layer, options, cancellationToken));

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
        return NeedsQuotes(text, options.Separator)
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static string Number(double d, CsvWriterOptions options) =>
        double.IsFinite(d)
            ? d.ToString("R", CultureInfo.InvariantCulture).Replace('.', options.DecimalSeparator)
            : string.Empty;

    /// <summary>
    /// Text that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return) gets a
    /// leading apostrophe, so that a value from an upload or a user name cannot become a formula (CSV injection).
    /// </summary>
    public static string EscapeFormula(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length > 0 && Array.IndexOf(FormulaStarts, s[0]) >= 0 ? "'" + s : s;
    }

    private static bool NeedsQuotes(string text, char separator) =>
        text.Length > 0
        && (
            text.Contains(separator, StringComparison.Ordinal)
            || text.AsSpan().IndexOfAny("\"\r\n") >= 0
            || char.IsWhiteSpace(text[0])
            || char.IsWhiteSpace(text[^1])
        );

    private static void AppendRow(StringBuilder lines, IEnumerable<object?> values, CsvWriterOptions options) =>
        lines.AppendJoin(options.Separator, values.Select(v => Field(v, options))).Append(options.NewLine);

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
