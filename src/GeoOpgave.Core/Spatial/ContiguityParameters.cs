using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Spatial;

/// <summary>The polygons to build queen contiguity from.</summary>
/// <param name="Polygons">Polygons or MultiPolygons in RD New (EPSG:28992, metres); list position = area
/// number.</param>
public sealed record ContiguityParameters(IReadOnlyList<Geometry> Polygons)
{
    /// <summary>
    /// Areas closer than this (metres) count as touching, to bridge slivers and tiny gaps between
    /// digitised boundaries; 0 = they must share at least one point.
    /// </summary>
    public double ToleranceMeters { get; init; }
}
