using GeoOpgave.Core.Crs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using NetTopologySuite.Simplify;

namespace GeoOpgave.Web.Api.Tiles;

/// <summary>
/// Encodes one Mapbox vector tile (MVT 2.1) of a snapshot: the features that meet the tile, simplified to the
/// tile's resolution (so low zooms stay small), clipped to the tile plus a small buffer, transformed to WGS84 and
/// encoded by NetTopologySuite.IO.VectorTiles. Features smaller than a pixel are dropped by the encoder.
/// </summary>
public static class TileBuilder
{
    /// <summary>MVT units of overlap around the tile, so strokes at tile edges join without seams.</summary>
    public const int BufferUnits = 64;

    // Simplifying to half a unit keeps every vertex that could move a pixel on the screen.
    private const double ToleranceUnits = 0.5;

    /// <summary>The tile's bytes; empty when no feature meets the tile.</summary>
    public static byte[] Build(TileSnapshot snapshot, TileAddress address, string layerName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(address);
        var area = address.AreaRdNew(BufferUnits);
        var tolerance = address.UnitMetres * ToleranceUnits;
        var layer = new Layer { Name = layerName };
        foreach (var feature in snapshot.Query(area.EnvelopeInternal))
        {
            if (Clip(feature.Geometry, area, tolerance) is { } clipped)
            {
                layer.Features.Add(new Feature(GeometryTransformer.RdNewToWgs84.Transform(clipped), Attributes(feature.Attributes)));
            }
        }

        if (layer.Features.Count == 0)
        {
            return [];
        }

        var tile = new VectorTile { TileId = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(address.X, address.Y, address.Z).Id };
        tile.Layers.Add(layer);
        using var stream = new MemoryStream();
        // The CBS codes are text and MVT ids must be integers, so features carry no id (the code is a property).
        tile.Write(
            stream,
            minLinealExtent: MapboxTileWriter.DefaultMinLinealExtent,
            minPolygonalExtent: MapboxTileWriter.DefaultMinPolygonalExtent,
            extent: TileAddress.Extent,
            idAttributeName: "\u0000");
        return stream.ToArray();
    }

    private static Geometry? Clip(Geometry geometry, Geometry area, double toleranceMetres)
    {
        if (!area.EnvelopeInternal.Intersects(geometry.EnvelopeInternal))
        {
            return null;
        }

        var simplified = TopologyPreservingSimplifier.Simplify(geometry, toleranceMetres);
        var result = area.EnvelopeInternal.Contains(simplified.EnvelopeInternal) && area.Contains(simplified)
            ? simplified
            : area.Intersection(simplified);
        return result.IsEmpty ? null : Polygonal(result);
    }

    // An intersection can leave slivers of lower dimension at the tile edge; a polygon layer keeps only its polygons.
    private static Geometry? Polygonal(Geometry geometry)
    {
        if (geometry is Polygon or MultiPolygon || geometry.Dimension != Dimension.Surface)
        {
            return geometry.Dimension == Dimension.Surface || geometry is not GeometryCollection ? geometry : null;
        }

        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToArray();
        return polygons.Length == 0 ? null : geometry.Factory.CreateMultiPolygon(polygons);
    }

    // MVT has no null: a missing value is left out rather than written as 0 or "".
    private static AttributesTable Attributes(IAttributesTable? source)
    {
        var attributes = new AttributesTable();
        foreach (var name in source?.GetNames() ?? [])
        {
            if (source![name] is { } value)
            {
                attributes.Add(name, value);
            }
        }

        return attributes;
    }
}
