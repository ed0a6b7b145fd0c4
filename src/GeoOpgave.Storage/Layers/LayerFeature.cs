using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Layers;

/// <summary>One feature of a layer as stored.</summary>
/// <param name="Index">The 0-based index of the feature in its source; unique within the layer.</param>
/// <param name="Geometry">The geometry in RD New (EPSG:28992); SRID 0 is taken as RD New.</param>
/// <param name="AttributesJson">The attributes as a JSON object, or null.</param>
public sealed record LayerFeature(int Index, Geometry Geometry, string? AttributesJson);
