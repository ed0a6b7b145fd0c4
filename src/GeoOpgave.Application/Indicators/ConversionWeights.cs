using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Indicators;

/// <summary>
/// Finds a loaded layer that tells where people live, so that values of changed buurten are converted by address
/// instead of by area: the CBS 100 m (or 500 m) grid, recognised by its cell id field, weighted by its dwellings (or
/// residents when it has no dwellings); or a point layer of addresses (BAG verblijfsobjecten), one address per point.
/// The newest such layer is used. A grid cell counts at its centre; a cell CBS keeps secret (-99997) counts as none.
/// </summary>
internal static class ConversionWeights
{
    private static readonly string[] GridIds = ["c28992r100", "c28992r500", "crs28992res100m", "crs28992res500m"];
    private static readonly string[] GridWeights = ["aantal_woningen", "aantal_inwoners"];
    private static readonly string[] AddressFields =
    [
        "huisnummer",
        "huisnummertoevoeging",
        "gebruiksdoel",
        "nummeraanduiding",
        "adresseerbaarobject",
    ];

    /// <returns>The layer's name and its weighted points; null when no address or grid layer is loaded.</returns>
    public static async Task<(string Layer, IReadOnlyList<PointObservation> Points)?> LoadAsync(
        LayerStore layers,
        CancellationToken cancellationToken
    )
    {
        var candidates = (await layers.ListLayersAsync(cancellationToken))
            .Where(l => l.Kind == LayerKind.Vector)
            .OrderByDescending(l => l.CreatedAt)
            .Select(l => (Layer: l, Fields: FieldNames(l.FieldsJson)));
        foreach (var (layer, fields) in candidates)
        {
            if (GridIds.Any(fields.Contains) && GridWeights.FirstOrDefault(fields.Contains) is { } weight)
            {
                var features = await layers.GetFeaturesAsync(layer.Id, cancellationToken);
                return (
                    layer.Name,
                    features
                        .Select(f =>
                            (
                                Centre: f.Geometry.Centroid,
                                Weight: StoredAttributes.Read(f.AttributesJson, weight, null).Value
                            )
                        )
                        .Where(p => !p.Centre.IsEmpty && p.Weight is > 0)
                        .Select(p => new PointObservation(p.Centre.X, p.Centre.Y, p.Weight, null))
                        .ToList()
                );
            }

            if (
                layer.GeometryType?.Split(", ").All(t => t is "Point" or "MultiPoint") == true
                && AddressFields.Any(fields.Contains)
            )
            {
                var features = await layers.GetFeaturesAsync(layer.Id, cancellationToken);
                return (
                    layer.Name,
                    features
                        .SelectMany(f => f.Geometry.Coordinates)
                        .Select(c => new PointObservation(c.X, c.Y, 1, null))
                        .ToList()
                );
            }
        }

        return null;
    }

    private static HashSet<string> FieldNames(string json) =>
        Export.LayerFields.Parse(json).Select(f => f.SourceName).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
