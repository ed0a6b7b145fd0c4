using System.Globalization;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries.Prepared;

namespace GeoOpgave.Application.Export;

/// <summary>
/// Filters and pages a collection in memory. Fine for one gemeente; at national scale the bbox and the property
/// filters belong in the store's query (an R-tree or GiST index), see the API notes.
/// </summary>
public static class FeatureFilter
{
    public static FeaturePage Apply(VectorLayer layer, FeatureQuery query)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(query);
        var area = query.AreaRdNew is null ? null : PreparedGeometryFactory.Prepare(query.AreaRdNew);
        var matched = layer
            .Features.Where(f => area is null || (f.Geometry is { IsEmpty: false } g && area.Intersects(g)))
            .Where(f =>
                query.Properties.All(p =>
                    string.Equals(Text(f.Attributes?.GetOptionalValue(p.Key)), p.Value, StringComparison.Ordinal)
                )
            )
            .ToList();
        var page = matched.Skip(query.Offset).Take(query.Limit).ToList();
        return new FeaturePage(page, matched.Count);
    }

    /// <summary>The first feature whose <paramref name="idAttribute"/> is <paramref name="id"/>, or null.</summary>
    public static IFeature? Find(VectorLayer layer, string idAttribute, string id)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Features.FirstOrDefault(f =>
            string.Equals(Text(f.Attributes?.GetOptionalValue(idAttribute)), id, StringComparison.Ordinal)
        );
    }

    /// <summary>An attribute value as filter text: invariant culture, booleans lower case, null as empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
