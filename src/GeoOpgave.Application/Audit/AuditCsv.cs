using System.Globalization;
using GeoOpgave.IO.Csv;

namespace GeoOpgave.Application.Audit;

/// <summary>
/// Writes audit entries as CSV (separator ';', RFC 4180 quoting, time as ISO 8601 UTC) for spreadsheets; text that a
/// spreadsheet would run as a formula is escaped as <see cref="CsvWriter"/> does.
/// </summary>
public static class AuditCsv
{
    public static async Task WriteAsync(
        TextWriter writer,
        IEnumerable<AuditEntry> entries,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        await writer.WriteLineAsync("id;tijd;gebruiker;actie;doel;details".AsMemory(), cancellationToken);
        foreach (var e in entries)
        {
            var fields = new[]
            {
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.User,
                e.Action,
                e.Target,
                e.DetailsJson,
            };
            await writer.WriteLineAsync(string.Join(';', fields.Select(Quote)).AsMemory(), cancellationToken);
        }
    }

    private static string Quote(string text)
    {
        var value = CsvWriter.EscapeFormula(text);
        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
    }
}
