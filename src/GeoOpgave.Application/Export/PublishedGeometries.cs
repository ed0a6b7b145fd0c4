using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Export;

/// <summary>Copies of a published layer in another CRS, made once per version rather than once per request.</summary>
public static class PublishedGeometries
{
    /// <summary>
    /// The layer in WGS84 longitude/latitude (EPSG:4326): same order, same attribute tables, geometries transformed in
    /// parallel. A layer already in WGS84 is returned as it is.
    /// </summary>
    public static VectorLayer ToWgs84(VectorLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Srid == Srid.Wgs84)
        {
            return layer;
        }

        var transformer = layer.Srid == Srid.RdNew
            ? GeometryTransformer.RdNewToWgs84
            : throw new ArgumentException($"Cannot publish a layer in EPSG:{layer.Srid} as WGS84.", nameof(layer));
        var features = new IFeature[layer.Features.Count];
        Parallel.For(0, features.Length, i =>
        {
            var source = layer.Features[i];
            var geometry = source.Geometry is { IsEmpty: false } g ? transformer.Transform(g) : source.Geometry;
            features[i] = new Feature(geometry, source.Attributes);
        });
        return layer with { Srid = Srid.Wgs84, Features = features };
    }
}
