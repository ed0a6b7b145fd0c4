using System.Buffers;
using System.Text;
using System.Text.Json;
using GeoOpgave.IO.GeoJson;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Import;

/// <summary>Writes a feature's attributes as a JSON object; missing values (CBS sentinels included) become
/// null.</summary>
internal static class AttributeJson
{
    public static string? Write(IAttributesTable? attributes)
    {
        var names = attributes?.GetNames();
        if (names is null || names.Length == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in names)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, attributes![name]);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // A whitespace-only text is kept as typed: only the empty one counts as missing here.
    private static void WriteValue(Utf8JsonWriter writer, object? value) =>
        GeoJsonWriterValues.Write(
            writer,
            PreparedVectorLayer.IsMissing(value) && value is not string { Length: > 0 } ? null : value
        );
}
