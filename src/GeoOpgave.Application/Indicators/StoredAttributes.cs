using System.Globalization;
using System.Text.Json;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Reads a value and a class from a stored feature's attribute JSON by the rules the PostGIS twin uses in SQL:
/// the value is a JSON number or a string that reads as one (invariant culture), the class the trimmed text
/// of a string, number or boolean (empty is none).
/// </summary>
internal static class StoredAttributes
{
    public static (double? Value, string? Class) Read(string? json, string? valueField, string? classField)
    {
        if (json is null || (valueField is null && classField is null))
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var value = valueField is not null && root.TryGetProperty(valueField, out var v) ? Number(v) : null;
        var cls = classField is not null && root.TryGetProperty(classField, out var c) ? Class(c) : null;
        return (value, cls);
    }

    private static double? Number(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.String
                when double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    && double.IsFinite(d) => d,
            _ => null,
        };

    private static string? Class(JsonElement element)
    {
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }
}
