using System.Text.Json;
using System.Text.Json.Nodes;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// Writes a vector layer as an RFC 7946 GeoJSON FeatureCollection (with a <c>name</c> member), feature by feature so
/// a large layer never sits in memory as text. Geometries are transformed from the layer's SRID to WGS84
/// longitude/latitude, rounded to 7 decimals (about 1 cm), polygon exteriors counter-clockwise and holes clockwise —
/// unless <see cref="GeoJsonWriteOptions"/> asks for another CRS, axis order, feature ids or foreign members.
/// Attribute values become JSON values: null, NaN and infinity as <c>null</c>, numbers as numbers, booleans as
/// booleans, dates as ISO 8601 strings, anything else as its invariant-culture text.
/// </summary>
public static class GeoJsonWriter
{
    private const int FlushThresholdBytes = 64 * 1024;

    /// <summary>Writes the collection to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="options">Target CRS, axis order, feature ids and foreign members; null for RFC 7946
    /// defaults.</param>
    /// <exception cref="ArgumentException">The layer's SRID or the target SRID is not one GeoOpgave can
    /// transform.</exception>
    public static void Write(Stream stream, VectorLayer layer, GeoJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layer);
        options ??= GeoJsonWriteOptions.Default;
        var geometryWriter = GeoJsonWriterGeometry.For(layer.Srid, options);
        using var json = new Utf8JsonWriter(stream);
        WriteHead(json, layer);
        foreach (var feature in layer.Features)
        {
            WriteFeature(json, feature, geometryWriter, options);
            if (json.BytesPending > FlushThresholdBytes)
            {
                json.Flush();
            }
        }

        WriteTail(json, options);
        json.Flush();
    }

    /// <summary>Writes the collection to <paramref name="stream"/> with asynchronous flushes (for HTTP
    /// responses).</summary>
    /// <inheritdoc cref="Write(Stream, VectorLayer, GeoJsonWriteOptions)"/>
    public static Task WriteAsync(Stream stream, VectorLayer layer, CancellationToken cancellationToken = default) =>
        WriteAsync(stream, layer, GeoJsonWriteOptions.Default, cancellationToken);

    /// <summary>Writes the collection to <paramref name="stream"/> with asynchronous flushes (for HTTP
    /// responses).</summary>
    /// <inheritdoc cref="Write(Stream, VectorLayer, GeoJsonWriteOptions)"/>
    public static async Task WriteAsync(
        Stream stream,
        VectorLayer layer,
        GeoJsonWriteOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(options);
        var geometryWriter = GeoJsonWriterGeometry.For(layer.Srid, options);
        await using var json = new Utf8JsonWriter(stream);
        WriteHead(json, layer);
        foreach (var feature in layer.Features)
        {
            WriteFeature(json, feature, geometryWriter, options);
            if (json.BytesPending > FlushThresholdBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        WriteTail(json, options);
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes one feature as a GeoJSON Feature object (with the options' foreign members) to <paramref name="stream"/>.
    /// </summary>
    /// <param name="srid">The EPSG code of the feature's geometry.</param>
    /// <inheritdoc cref="Write(Stream, VectorLayer, GeoJsonWriteOptions)"/>
    public static async Task WriteFeatureAsync(
        Stream stream,
        IFeature feature,
        int srid,
        GeoJsonWriteOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(options);
        await using var json = new Utf8JsonWriter(stream);
        WriteFeature(json, feature, GeoJsonWriterGeometry.For(srid, options), options, options.ForeignMembers);
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the collection to a file at <paramref name="path"/>, replacing it.</summary>
    /// <inheritdoc cref="Write(Stream, VectorLayer, GeoJsonWriteOptions)"/>
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

    private static void WriteTail(Utf8JsonWriter json, GeoJsonWriteOptions options)
    {
        json.WriteEndArray();
        WriteForeignMembers(json, options.ForeignMembers);
        json.WriteEndObject();
    }

    private static void WriteForeignMembers(Utf8JsonWriter json, IReadOnlyDictionary<string, JsonNode?>? members)
    {
        foreach (var (name, value) in members ?? new Dictionary<string, JsonNode?>(StringComparer.Ordinal))
        {
            json.WritePropertyName(name);
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                value.WriteTo(json);
            }
        }
    }

    private static void WriteFeature(
        Utf8JsonWriter json,
        IFeature feature,
        GeoJsonWriterGeometry geometryWriter,
        GeoJsonWriteOptions options,
        IReadOnlyDictionary<string, JsonNode?>? foreignMembers = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (options.IdAttribute is { } idName && feature.Attributes?.GetOptionalValue(idName) is { } id)
        {
            json.WritePropertyName("id");
            GeoJsonWriterValues.Write(json, id);
        }

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
        WriteForeignMembers(json, foreignMembers);
        json.WriteEndObject();
    }
}
