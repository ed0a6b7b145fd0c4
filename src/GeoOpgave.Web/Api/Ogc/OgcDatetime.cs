using System.Globalization;
using GeoOpgave.Application.Export;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// Parses the <c>datetime</c> parameter (RFC 3339 instant, date, year, or an interval with <c>/</c> and open ends
/// <c>..</c>) to the CBS years it touches: an area of year Y is valid from 1 January to 31 December of Y.
/// </summary>
public static class OgcDatetime
{
    private static readonly string[] DateFormats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static (YearRange? Years, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            return (null, $"datetime '{text}' heeft meer dan één '/'; gebruik een moment of een interval begin/eind.");
        }

        var start = Year(parts[0]);
        var end = parts.Length == 2 ? Year(parts[1]) : start;
        var error = start.Error ?? end.Error;
        if (error is not null)
        {
            return (null, error);
        }

        if (start.Open && end.Open)
        {
            return (null, "datetime: een interval moet minstens één begrensde kant hebben.");
        }

        if (start.Value is { } from && end.Value is { } to && from > to)
        {
            return (null, $"datetime: het begin ({parts[0]}) ligt na het eind ({parts[^1]}).");
        }

        return (new YearRange(start.Value, end.Value), null);
    }

    private static (int? Value, bool Open, string? Error) Year(string text)
    {
        var s = text.Trim();
        if (s is ".." or "")
        {
            return (null, true, null);
        }

        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Year, false, null);
        }

        if (
            DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var instant)
            && s.Contains('T', StringComparison.OrdinalIgnoreCase)
        )
        {
            return (instant.UtcDateTime.Year, false, null);
        }

        return (
            null,
            false,
            $"datetime: '{s}' is geen datum of tijdstip volgens RFC 3339 (bijvoorbeeld 2024, 2024-05-01 of 2024-05-01T00:00:00Z)."
        );
    }
}
