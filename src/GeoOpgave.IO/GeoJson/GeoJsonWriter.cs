using System.Text.Json;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// Writes a vector layer as an RFC 7946 GeoJSON FeatureCollection (with a <c>name</c> member), feature by feature so
/// a large layer never sits in memory as text. Geometries are transformed from the layer's SRID to WGS84
/// longitude/latitude, rounded to 7 decimals (about 1 cm), polygon exteriors counter-clockwise and holes clockwise.
/// Attribute values become JSON values: null, NaN and infinity as <c>null</c>, numbers as numbers, booleans as booleans,
/// dates as ISO 8601 strings, anything else as its invariant-culture text.
/// </summary>
public static class GeoJsonWriter
{
    private const int FlushThresholdBytes = 64 * 1024;

    /// <summary>Writes the collection to <paramref name="stream"/>, which is left open.</summary>
    /// <exception cref="ArgumentException">The layer's SRID is not one GeoOpgave can transform to WGS84.</exception>
    public static void Write(Stream stream, VectorLayer layer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layer);
        var geometryWriter = GeoJsonWriterGeometry.For(layer.Srid);
        using var json = new Utf8JsonWriter(stream);
        WriteHead(json, layer);
        foreach (var feature in layer.Features)
        {
            WriteFeature(json, feature, geometryWriter);
            if (json.BytesPending > FlushThresholdBytes)
            {
                json.Flush();
            }
        }

        WriteTail(json);
        json.Flush();
    }

    /// <summary>Writes the collection to <paramref name="stream"/> with asynchronous flushes (for HTTP responses).</summary>
    /// <inheritdoc cref="Write(Stream, VectorLayer)"/>
    public static async Task WriteAsync(Stream stream, VectorLayer layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layer);
        var geometryWriter = GeoJsonWriterGeometry.For(layer.Srid);
        await using var json = new Utf8JsonWriter(stream);
        WriteHead(json, layer);
        foreach (var feature in layer.Features)
        {
            WriteFeature(json, feature, geometryWriter);
            if (json.BytesPending > FlushThresholdBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        WriteTail(json);
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the collection to a file at <paramref name="path"/>, replacing it.</summary>
    /// <inheritdoc cref="Write(Stream, VectorLayer)"/>
    public static void WriteFile(string path, VectorLayer layer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        Write(stream, layer);
    }

    private static void WriteHead(Utf8JsonWriter json, VectorLayer layer)
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("name", layer.Name);
        json.WriteStartArray("features");
    }

    private static void WriteTail(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter json, IFeature feature, GeoJsonWriterGeometry geometryWriter)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        if (feature.Attributes is { } attributes)
        {
            foreach (var name in attributes.GetNames())
            {
                json.WritePropertyName(name);
                GeoJsonWriterValues.Write(json, attributes[name]);
            }
        }

        json.WriteEndObject();
        json.WritePropertyName("geometry");
        geometryWriter.Write(json, feature.Geometry);
        json.WriteEndObject();
    }
}
