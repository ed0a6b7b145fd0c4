using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Polygonize;

namespace GeoOpgave.Application.Selecties;

/// <summary>
/// Which buurten a shape drawn on the map selects: every buurt whose geometry intersects it (touching counts). The map
/// and <c>/api/buurten/codes</c> both ask this, so a drawn rectangle selects the same buurten in the UI and the API.
/// </summary>
public static class BuurtenInShape
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), Srid.Wgs84);

    /// <summary>The codes (sorted ordinally) of the buurten meeting <paramref name="shapeWgs84"/>, a lon/lat
    /// polygon.</summary>
    public static IReadOnlyList<string> Codes(IEnumerable<BuurtAnalysis> buurten, Geometry shapeWgs84)
    {
        ArgumentNullException.ThrowIfNull(shapeWgs84);
        return CodesInRdNew(buurten, Core.Crs.GeometryTransformer.Wgs84ToRdNew.Transform(shapeWgs84));
    }

    /// <summary>The codes (sorted ordinally) of the buurten meeting <paramref name="shape"/>, a shape in RD New
    /// (such as a bbox parsed in the OGC API's way).</summary>
    public static IReadOnlyList<string> CodesInRdNew(IEnumerable<BuurtAnalysis> buurten, Geometry shape)
    {
        ArgumentNullException.ThrowIfNull(buurten);
        ArgumentNullException.ThrowIfNull(shape);
        var prepared = PreparedGeometryFactory.Prepare(shape);
        return buurten
            .Where(b =>
                !b.Buurt.Geometry.IsEmpty
                && shape.EnvelopeInternal.Intersects(b.Buurt.Geometry.EnvelopeInternal)
                && prepared.Intersects(b.Buurt.Geometry)
            )
            .Select(b => b.Buurt.Code)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The rectangle west, south, east, north (degrees) as a polygon, its edges densified.</summary>
    public static Polygon Rectangle(double west, double south, double east, double north)
    {
        return (Polygon)Densified(Wgs84.ToGeometry(new Envelope(west, east, south, north)));
    }

    // Every area the crossing ring encloses: noding the ring and polygonizing it keeps both lobes of a bow tie,
    // where buffer(0) would drop one.
    private static Geometry Faces(Polygon polygon)
    {
        var polygonizer = new Polygonizer();
        polygonizer.Add(polygon.ExteriorRing.Union());
        return Wgs84.BuildGeometry(polygonizer.GetPolygons()).Union();
    }

    // Straight in degrees is curved in RD New: sixteen steps per side keep a drawn edge where the user saw it.
    private static Geometry Densified(Geometry shape)
    {
        var envelope = shape.EnvelopeInternal;
        return NetTopologySuite.Densify.Densifier.Densify(shape, Math.Max(envelope.Width, envelope.Height) / 16);
    }

    /// <summary>
    /// A closed ring of [lon, lat] pairs as an area; null when it has fewer than three corners. A ring that crosses
    /// itself (a quick hand-drawn bow tie) is repaired into the areas it encloses rather than refused.
    /// </summary>
    public static Geometry? Ring(IReadOnlyList<double[]> lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var coordinates = lonLat.Where(p => p.Length >= 2).Select(p => new Coordinate(p[0], p[1])).ToList();
        if (coordinates.Count > 0 && !coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.Add(coordinates[0].Copy());
        }

        if (coordinates.Count < 4)
        {
            return null;
        }

        // Repaired before densifying: the densifier would "validate" a crossing ring with buffer(0) and drop a lobe.
        var polygon = Wgs84.CreatePolygon(coordinates.ToArray());
        var area = polygon.IsValid ? polygon : Faces(polygon);
        return area.IsEmpty || area.Dimension != Dimension.Surface ? null : Densified(area);
    }
}
