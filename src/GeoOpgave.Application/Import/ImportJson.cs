using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoOpgave.Application.Import;

/// <summary>How reports and field lists are written as JSON (stored with the layer, returned by the API,
/// --report).</summary>
public static class ImportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A stored report back as a value; null when the text is not a report.</summary>
    public static ImportReport? ReadReport(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportReport>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
