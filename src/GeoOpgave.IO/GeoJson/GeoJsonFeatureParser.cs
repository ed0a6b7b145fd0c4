using System.Globalization;
using System.Text.Json;
using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoOpgave.IO.GeoJson;

/// <summary>Turns the JSON elements of GeoJSON features into NTS features, one issue per bad feature.</summary>
internal static class GeoJsonFeatureParser
{
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>The features in RD New, or null when the coordinates cannot be in the declared CRS.</summary>
    public static List<IFeature>? Parse(
        IReadOnlyList<JsonElement> elements,
        int srid,
        LayerProjection projection,
        bool keep,
        IssueLog log
    )
    {
        var read = new List<ReadFeature>(elements.Count);
        for (var index = 0; index < elements.Count; index++)
        {
            var element = elements[index];
            if (element.ValueKind != JsonValueKind.Object)
            {
                log.Error(IssueKind.UnsupportedFormat, "Dit element van 'features' is geen object.", index);
                continue;
            }

            read.Add(new ReadFeature(ReadGeometry(element, index, log), ReadProperties(element), index));
        }

        return Place(read, srid, projection, keep, log);
    }

    /// <summary>
    /// The read features in RD New, or null when the coordinates cannot be in the declared CRS. Features without a
    /// geometry stay only with <paramref name="keep"/>.
    /// </summary>
    public static List<IFeature>? Place(
        IReadOnlyList<ReadFeature> read,
        int srid,
        LayerProjection projection,
        bool keep,
        IssueLog log
    )
    {
        var features = new List<IFeature>(read.Count);
        foreach (var (geometry, attributes, index) in read)
        {
            if (geometry is not null && srid == Srid.Wgs84 && !IsLonLat(geometry.EnvelopeInternal))
            {
                var where = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{geometry.EnvelopeInternal.MinX:F0}, {geometry.EnvelopeInternal.MinY:F0}"
                );
                log.Error(
                    IssueKind.UnknownCrs,
                    $"De coördinaten ({where}) zijn geen lengte- en breedtegraden, maar het bestand geeft geen ander coördinatenstelsel op. "
                        + "Voeg een crs-lid toe (bijv. urn:ogc:def:crs:EPSG::28992) of geef het coördinatenstelsel bij het inlezen op.",
                    index,
                    "geometry");
                return null;
            }

            if (geometry is not null || keep)
            {
                features.Add(new Feature(geometry is null ? null : projection.ToRdNew(geometry), attributes));
            }
        }

        return features;
    }

    private static Geometry? ReadGeometry(JsonElement feature, int index, IssueLog log)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            log.Warning(
                IssueKind.MissingGeometry,
                "Object zonder geometrie; het wordt overgeslagen.",
                index,
                "geometry"
            );
            return null;
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception ex)
            when (ex
                    is JsonException
                        or ArgumentException
                        or InvalidOperationException
                        or FormatException
                        or NotSupportedException
                        or IndexOutOfRangeException
            )
        {
            log.Error(
                IssueKind.BrokenGeometry,
                $"De geometrie is geen geldige GeoJSON-geometrie: {ex.Message}",
                index,
                "geometry"
            );
            return null;
        }

        if (geometry is null || geometry.IsEmpty)
        {
            log.Warning(
                IssueKind.EmptyGeometry,
                "Object met lege geometrie; het wordt overgeslagen.",
                index,
                "geometry"
            );
            return null;
        }

        return geometry;
    }

    /// <summary>The <c>properties</c> of a GeoJSON feature or TopoJSON geometry object.</summary>
    public static AttributesTable ReadProperties(JsonElement feature)
    {
        var attributes = new AttributesTable();
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!attributes.Exists(property.Name))
                {
                    attributes.Add(property.Name, AttributeValues.FromJson(property.Value));
                }
            }
        }

        return attributes;
    }

    private static bool IsLonLat(Envelope envelope) =>
        envelope.MinX >= -180 && envelope.MaxX <= 180 && envelope.MinY >= -90 && envelope.MaxY <= 90;
}

/// <summary>A feature as read, before it is placed in RD New; <paramref name="Index"/> is its place in the
/// file.</summary>
internal readonly record struct ReadFeature(Geometry? Geometry, AttributesTable Attributes, int Index);
