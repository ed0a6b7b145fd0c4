using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Geometries;

/// <summary>The surface of a geometry, without the lines and points a collection may also hold.</summary>
public static class PolygonalPart
{
    /// <summary>A (multi)polygon as it is, the non-empty polygons of a collection as a multipolygon, or null when
    /// <paramref name="geometry"/> is null, empty or has no polygon.</summary>
    public static Geometry? Of(Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            return null;
        }

        if (geometry is Polygon or MultiPolygon)
        {
            return geometry;
        }

        var polygons = Enumerable
            .Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty)
            .ToArray();
        return polygons.Length == 0 ? null : geometry.Factory.CreateMultiPolygon(polygons);
    }
}
