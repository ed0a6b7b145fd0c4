using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoOpgave.Core.Aggregation;

/// <summary>The part of a feature inside an area, overlaid only when the prepared tests cannot tell.</summary>
internal static class InsideArea
{
    /// <summary>The whole <paramref name="geometry"/> when the area covers it, the intersection when they only
    /// overlap, null when they do not meet.</summary>
    public static Geometry? Part(IPreparedGeometry area, Geometry geometry) =>
        area.Covers(geometry) ? geometry
        : area.Intersects(geometry) ? OverlayNGRobust.Overlay(geometry, area.Geometry, SpatialFunction.Intersection)
        : null;
}
