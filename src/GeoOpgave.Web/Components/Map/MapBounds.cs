using GeoOpgave.Core.Crs;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Web.Components.Map;

/// <summary>A rectangle on the map in WGS84 degrees, what the map module fits its view to.</summary>
public sealed record MapBounds(double West, double South, double East, double North)
{
    /// <summary>The WGS84 bounds around these RD New geometries; null when there are none (or all are empty).</summary>
    public static MapBounds? Of(IEnumerable<Geometry> rdNew)
    {
        ArgumentNullException.ThrowIfNull(rdNew);
        var envelope = new Envelope();
        foreach (var geometry in rdNew)
        {
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
        }

        if (envelope.IsNull)
        {
            return null;
        }

        // The RD New rectangle's edges bend in degrees, so its corners alone could miss a sliver: transform the
        // outline.
        var outline = GeometryTransformer.RdNewToWgs84.Transform(
            NetTopologySuite.Densify.Densifier.Densify(
                new GeometryFactory().ToGeometry(envelope),
                Math.Max(envelope.Width, envelope.Height) / 8
            )
        );
        var wgs84 = outline.EnvelopeInternal;
        return new MapBounds(wgs84.MinX, wgs84.MinY, wgs84.MaxX, wgs84.MaxY);
    }

    /// <summary>[west, south, east, north], as the map module reads it.</summary>
    public double[] ToArray() => [West, South, East, North];
}
