using GeoOpgave.IO.Features;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The properties of a collection that can be filtered on, with their JSON schema types.</summary>
public static class OgcQueryables
{
    /// <summary>Property name → "string", "integer", "number" or "boolean", from the first non-null value of
    /// each.</summary>
    public static IReadOnlyDictionary<string, string> Of(VectorLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (
            var attributes in layer
                .Features.Select(f => f.Attributes)
                .OfType<NetTopologySuite.Features.IAttributesTable>()
        )
        {
            foreach (var name in attributes.GetNames())
            {
                var type = Type(attributes[name]);
                if (!types.TryGetValue(name, out var known) || (known == "null" && type != "null"))
                {
                    types[name] = type;
                }
            }
        }

        return types.ToDictionary(t => t.Key, t => t.Value == "null" ? "string" : t.Value, StringComparer.Ordinal);
    }

    private static string Type(object? value) => value switch
    {
        null => "null",
        bool => "boolean",
        byte or sbyte or short or ushort or int or uint or long or ulong => "integer",
        float or double or decimal => "number",
        _ => "string",
    };
}
