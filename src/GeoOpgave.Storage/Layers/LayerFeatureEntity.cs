using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Layers;

/// <summary>One feature of an imported layer; (LayerId, FeatureIndex) is the key.</summary>
public sealed class LayerFeatureEntity
{
    public long LayerId { get; set; }

    /// <summary>The 0-based index of the feature (or row) in the source.</summary>
    public int FeatureIndex { get; set; }

    /// <summary>The geometry in RD New (EPSG:28992).</summary>
    public required Geometry Geometry { get; set; }

    /// <summary>The attributes as a JSON object; null when the feature has none.</summary>
    public string? Attributes { get; set; }
}
