using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.TopoJson;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.IO.GeoJson;

/// <summary>
/// Reads a GeoJSON FeatureCollection or single Feature, or a TopoJSON topology (see <see cref="TopoJsonReader"/>). Coordinates are WGS84 lon/lat (RFC 7946) unless a
/// legacy <c>crs</c> member (e.g. <c>urn:ogc:def:crs:EPSG::28992</c>) or <see cref="GeoJsonReadOptions.Srid"/>
/// says otherwise; geometries come back in RD New (EPSG:28992). Properties become string, long, double,
/// bool or null; nested objects and arrays are kept as their JSON text.
/// </summary>
public static class GeoJsonReader
{
    /// <summary>Reads the file; features without a usable geometry are left out with an issue. Of a TopoJSON
    /// topology it reads the object <see cref="GeoJsonReadOptions.Layer"/> names, or the only one.</summary>
    public static ReadResult<VectorLayer> Read(string path, GeoJsonReadOptions? options = null) =>
        Read(path, options ?? new GeoJsonReadOptions(), keepFeaturesWithoutGeometry: false);

    /// <summary>With <paramref name="keepFeaturesWithoutGeometry"/> such features stay, with a null geometry, so
    /// indices match the file.</summary>
    internal static ReadResult<VectorLayer> Read(
        string path,
        GeoJsonReadOptions options,
        bool keepFeaturesWithoutGeometry
    ) => ReadFile(path, options, keepFeaturesWithoutGeometry, all: false)[0];

    /// <summary>Every layer of the file: one for GeoJSON, one per object of a TopoJSON topology.</summary>
    internal static IReadOnlyList<ReadResult<VectorLayer>> ReadLayers(
        string path,
        GeoJsonReadOptions options,
        bool keepFeaturesWithoutGeometry
    ) => ReadFile(path, options, keepFeaturesWithoutGeometry, all: true);

    private static List<ReadResult<VectorLayer>> ReadFile(
        string path,
        GeoJsonReadOptions options,
        bool keepFeaturesWithoutGeometry,
        bool all
    )
    {
        var log = new IssueLog(path);
        if (!log.RequireFile(path))
        {
            return [log.Result<VectorLayer>(null)];
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
            if (TopoJsonReader.IsTopology(document.RootElement))
            {
                return TopoJsonReader.Read(document.RootElement, path, options, keepFeaturesWithoutGeometry, all);
            }

            return
            [
                log.Result(
                    ReadDocument(
                        document.RootElement,
                        Path.GetFileNameWithoutExtension(path),
                        options,
                        keepFeaturesWithoutGeometry,
                        log
                    )
                ),
            ];
        }
        catch (JsonException ex)
        {
            var row = ex.LineNumber is { } line ? (int)line + 1 : (int?)null;
            log.Error(IssueKind.UnreadableFile, BrokenJsonMessage(ex, row, options.MaxDepth), row: row);
            return [log.Result<VectorLayer>(null)];
        }
        catch (InvalidOperationException) when (FirstInvalidUtf8(path) is { } bad)
        {
            // System.Text.Json checks the UTF-8 of a string only when it is read; find the byte to name it.
            log.Error(
                IssueKind.UnreadableFile,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Het bestand is geen geldige UTF-8-tekst, wat GeoJSON moet zijn: byte 0x{bad.Value:X2} op byteplaats {bad.Offset} (regel {bad.Line}). Sla het bestand op als UTF-8."
                ),
                row: bad.Line
            );
            return [log.Result<VectorLayer>(null)];
        }
    }

    /// <summary>The first byte that is not valid UTF-8, with its 0-based offset and 1-based line; null when all are
    /// valid.</summary>
    internal static (long Offset, int Line, byte Value)? FirstInvalidUtf8(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        var chars = new char[buffer.Length];
        var (carry, offset, line) = (0, 0L, 1);
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var length = carry + read;
            var last = read == 0;
            var status = System.Text.Unicode.Utf8.ToUtf16(
                buffer.AsSpan(0, length),
                chars,
                out var used,
                out _,
                replaceInvalidSequences: false,
                isFinalBlock: last
            );
            line += buffer.AsSpan(0, used).Count((byte)'\n');
            if (status == System.Buffers.OperationStatus.InvalidData || (last && used < length))
            {
                return (offset + used, line, buffer[used]);
            }

            offset += used;
            carry = length - used;
            buffer.AsSpan(used, carry).CopyTo(buffer);
            if (last)
            {
                break;
            }
        }

        return null;
    }

    // System.Text.Json explains in English; the report is read by Dutch analysts, so say it in Dutch with the place.
    private static string BrokenJsonMessage(JsonException ex, int? row, int maxDepth)
    {
        var reason = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"de gegevens zijn dieper genest dan {maxDepth} niveaus"
            : "de tekst houdt op of bevat een onverwacht teken";
        var place = (row, ex.BytePositionInLine) switch
        {
            ({ } r, { } position) => $" (regel {r}, positie {position + 1})",
            ({ } r, null) => $" (regel {r})",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"Dit is geen geldige JSON: {reason}{place}.");
    }

    private static VectorLayer? ReadDocument(
        JsonElement root,
        string fileName,
        GeoJsonReadOptions options,
        bool keep,
        IssueLog log
    )
    {
        var type =
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("type", out var t)
            && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
        var name =
            root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("name", out var n)
            && n.ValueKind == JsonValueKind.String
                ? n.GetString() ?? fileName
                : fileName;
        log.Layer = name;
        if (type is not ("FeatureCollection" or "Feature"))
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                $"Verwacht een GeoJSON FeatureCollection of Feature of een TopoJSON Topology, maar type is '{type ?? "onbekend"}'."
            );
            return null;
        }

        var hasList = root.TryGetProperty("features", out var list) && list.ValueKind == JsonValueKind.Array;
        if (type == "FeatureCollection" && !hasList)
        {
            log.Error(
                IssueKind.UnsupportedFormat,
                "De FeatureCollection heeft geen lijst 'features'.",
                field: "features"
            );
            return null;
        }

        IReadOnlyList<JsonElement> elements = type == "Feature" ? [root] : [.. list.EnumerateArray()];
        if (ResolveSrid(root, options, log) is not { } srid || LayerProjection.For(srid, log) is not { } projection)
        {
            return null;
        }

        var features = GeoJsonFeatureParser.Parse(elements, srid, projection, keep, log);
        if (features is null)
        {
            return null;
        }

        var layer = new VectorLayer(name, Srid.RdNew, features);
        NetherlandsExtent.Check(layer, log);
        return layer;
    }

    /// <summary>The EPSG code of the coordinates: the option, else the legacy <c>crs</c> member, else WGS84.</summary>
    internal static int? ResolveSrid(JsonElement root, GeoJsonReadOptions options, IssueLog log)
    {
        if (options.Srid is { } overridden)
        {
            return overridden;
        }

        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return Srid.Wgs84;
        }

        var crsName = crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        if (crsName is not null && SourceCrs.FromName(crsName) is { } srid)
        {
            return srid;
        }

        log.Error(
            IssueKind.UnknownCrs,
            $"Het crs-lid '{crsName ?? crs.GetRawText()}' wordt niet herkend; gebruik bijvoorbeeld urn:ogc:def:crs:EPSG::28992 of laat het weg voor WGS84.",
            field: "crs");
        return null;
    }
}
