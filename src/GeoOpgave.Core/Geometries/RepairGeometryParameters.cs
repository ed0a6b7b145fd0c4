namespace GeoOpgave.Core.Geometries;

/// <summary>Parameters of <see cref="RepairGeometry"/>.</summary>
public sealed record RepairGeometryParameters
{
    /// <summary>Areas and zones: only a (Multi)Polygon is accepted, and a repair keeps only its polygons.</summary>
    public static RepairGeometryParameters Polygonal { get; } = new();

    /// <summary>The features of a layer: any geometry type is accepted and repaired as it is.</summary>
    public static RepairGeometryParameters AnyType { get; } = new() { RequirePolygonal = false };

    /// <summary>True (the default) rejects every geometry that is not a Polygon or MultiPolygon.</summary>
    public bool RequirePolygonal { get; init; } = true;
}
