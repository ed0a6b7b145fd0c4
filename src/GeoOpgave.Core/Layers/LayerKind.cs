namespace GeoOpgave.Core.Layers;

/// <summary>What an imported layer holds.</summary>
public enum LayerKind
{
    /// <summary>Features with geometry and attributes.</summary>
    Vector,

    /// <summary>A GeoTIFF grid.</summary>
    Raster,

    /// <summary>A table joined to areas by code; its values land as indicator values.</summary>
    Table,

    /// <summary>
    /// Planned works: features like <see cref="Vector"/> whose attributes carry the normalised werksoort, start,
    /// eind, eigenaar, status and naam.
    /// </summary>
    Werken,
}
