using System.Globalization;
using System.Text;
using GeoOpgave.Core.Layers;

namespace GeoOpgave.Application.Export;

/// <summary>
/// The collection ids and descriptions of imported vector layers: <c>laag-</c> plus the layer name in lower case with
/// anything but letters, digits, '_' and '-' as '-' (so <c>Warmtenet Demodam</c> is <c>laag-warmtenet-demodam</c>).
/// Two names with the same id both get their layer id appended. Rasters and tables have no features and are left out.
/// </summary>
public static class LayerCollections
{
    public const string Prefix = "laag-";

    /// <summary>One collection per vector (or works) layer, in the order given.</summary>
    public static IReadOnlyList<FeatureCollectionInfo> Describe(IEnumerable<ImportedLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var vectors = layers.Where(l => l.Kind is LayerKind.Vector or LayerKind.Werken).ToList();
        var slugs = vectors.ToDictionary(l => l.Id, l => Slug(l.Name));
        var taken = slugs
            .Values.GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return vectors
            .Select(l =>
            {
                var slug = slugs[l.Id];
                var id =
                    Prefix
                    + (taken.Contains(slug) ? string.Create(CultureInfo.InvariantCulture, $"{slug}-{l.Id}") : slug);
                return Describe(l, id);
            })
            .ToList();
    }

    /// <summary>The URL-safe part of a collection id for this layer name; "laag" when nothing is left.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "laag" : slug;
    }

    private static FeatureCollectionInfo Describe(ImportedLayer layer, string id)
    {
        var fields = LayerFields.Parse(layer.FieldsJson);
        var geometry = string.IsNullOrEmpty(layer.GeometryType) ? string.Empty : $"{layer.GeometryType}, ";
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Geïmporteerde laag '{layer.Name}' ({geometry}{layer.FeatureCount} features, bron {layer.SourceFile}), met de velden van de bron."
        );
        return new FeatureCollectionInfo(
            id,
            layer.Name,
            description,
            CollectionKind.Layer,
            LayerFields.IdAttribute(fields)
        )
        {
            LayerId = layer.Id,
            LayerYear = layer.Year,
        };
    }
}
