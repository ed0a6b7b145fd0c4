namespace GeoOpgave.Core.Aggregation;

/// <summary>How <see cref="AggregateRaster"/> decides which cells belong to an area.</summary>
public enum RasterCoverage
{
    /// <summary>
    /// A cell counts when its centre lies in the area. A centre exactly on a shared edge counts once: for
    /// the area east of a vertical edge, and north of a horizontal one (a half-open rule on the edge crossings).
    /// </summary>
    Centre,

    /// <summary>A cell counts with the fraction of its area that lies inside the area (0–1), computed
    /// exactly.</summary>
    Exact,
}
