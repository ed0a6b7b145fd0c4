using System.Globalization;
using System.Text.Json;
using GeoOpgave.Storage.Layers;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Export;

/// <summary>
/// Turns a stored layer's features (attributes as JSON) into features with one attribute per field of the layer, typed
/// by the field's import type, so every feature has the same schema. A field named fid or geom (reserved by
/// GeoPackage) is published as fid_bron / geom_bron; the feature number (1-based) is added as the id attribute.
/// </summary>
public static class LayerFields
{
    private static readonly string[] Reserved = ["fid", "geom"];

    /// <summary>The fields of a layer's <c>FieldsJson</c> (a JSON array of name/type objects); empty when it has
    /// none.</summary>
    public static IReadOnlyList<LayerField> Parse(string fieldsJson)
    {
        ArgumentNullException.ThrowIfNull(fieldsJson);
        using var document = JsonDocument.Parse(fieldsJson);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return document.RootElement.EnumerateArray()
            .Where(f => f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
            .Select(f =>
            {
                var name = f.GetProperty("name").GetString()!;
                var type = f.TryGetProperty("type", out var t) ? t.GetString() ?? "text" : "text";
                var published = Reserved.Contains(name, StringComparer.OrdinalIgnoreCase) ? name + "_bron" : name;
                return new LayerField(name, published, type);
            })
            .ToList();
    }

    /// <summary>The attribute that numbers the features: volgnummer, or with underscores before it when a field has
    /// that name.</summary>
    public static string IdAttribute(IReadOnlyList<LayerField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var name = "volgnummer";
        while (fields.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            name = "_" + name;
        }

        return name;
    }

    /// <summary>A stored feature as a feature with the layer's fields; values are long, double, bool, string or
    /// null.</summary>
    public static IFeature ToFeature(LayerFeature feature, IReadOnlyList<LayerField> fields, string idAttribute)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(fields);
        var attributes = new AttributesTable { { idAttribute, feature.Index + 1L } };
        using var document = feature.AttributesJson is null ? null : JsonDocument.Parse(feature.AttributesJson);
        foreach (var field in fields)
        {
            JsonElement value = default;
            var found = document is not null && document.RootElement.TryGetProperty(field.SourceName, out value);
            attributes.Add(field.Name, found ? Value(value, field.Type) : null);
        }

        return new Feature(feature.Geometry, attributes);
    }

    private static object? Value(JsonElement value, string type) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number when type == "integer" && value.TryGetInt64(out var l) => l,
        JsonValueKind.Number when type is "integer" or "real" => value.GetDouble(),
        JsonValueKind.True or JsonValueKind.False when type == "boolean" => value.GetBoolean(),
        JsonValueKind.String => value.GetString(),
        // A mixed field is published as text, so its column has one type in every client.
        _ => value.GetRawText(),
    };
}
