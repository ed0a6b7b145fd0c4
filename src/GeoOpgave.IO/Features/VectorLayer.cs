using NetTopologySuite.Features;

namespace GeoOpgave.IO.Features;

/// <summary>
/// A named set of features with attributes, as a reader returns it or a writer takes it.
/// </summary>
/// <param name="Name">The layer name (a GeoPackage table, a file's base name).</param>
/// <param name="Srid">The EPSG code of every feature's geometry (readers return RD New, 28992).</param>
/// <param name="Features">The features; attribute values are string, long, double, bool or null.</param>
public sealed record VectorLayer(string Name, int Srid, IReadOnlyList<IFeature> Features)
{
    /// <summary>The 1-based line of each feature in a text source (a CSV), in feature order; null for other
    /// sources.</summary>
    public IReadOnlyList<int>? SourceLines { get; init; }
}
