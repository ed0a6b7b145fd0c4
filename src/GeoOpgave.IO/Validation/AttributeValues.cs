using System.Globalization;
using System.Text.Json;

namespace GeoOpgave.IO.Validation;

/// <summary>Brings attribute values of any source to the types a VectorLayer holds: string, long, double, bool or
/// null.</summary>
internal static class AttributeValues
{
    public static object? Normalise(object? value) =>
        value switch
        {
            null or DBNull => null,
            string s => s,
            long or double or bool => value,
            int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ulong u => u <= long.MaxValue ? (object)(long)u : (double)u,
            float f => (double)f,
            decimal m => decimal.Truncate(m) == m && m is >= long.MinValue and <= long.MaxValue
                ? (object)(long)m
                : (double)m,
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            JsonElement e => FromJson(e),
            byte[] bytes => Convert.ToBase64String(bytes),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        _ => element.GetRawText(),
    };
}
