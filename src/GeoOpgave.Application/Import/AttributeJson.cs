using System.Buffers;
using System.Text;
using System.Text.Json;
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

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (PreparedVectorLayer.IsMissing(value) && value is not string { Length: > 0 })
        {
            writer.WriteNullValue();
            return;
        }

        switch (value)
        {
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
