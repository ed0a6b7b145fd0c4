namespace GeoOpgave.Storage.Layers;

/// <summary>One layer to store with its (possibly lazy) features.</summary>
/// <param name="Layer">The metadata.</param>
/// <param name="Features">The features in RD New; empty for a raster or a table.</param>
public sealed record LayerImport(NewLayer Layer, IEnumerable<LayerFeature> Features)
{
    /// <summary>
    /// Point features in columnar blocks, the fast path for large point layers (a CSV of millions of rows); when
    /// set, it is stored instead of <see cref="Features"/>. Enumerated once, lazily, inside the store's transaction.
    /// </summary>
    public IEnumerable<PointFeatureBlock>? PointBlocks { get; init; }

    /// <summary>
    /// The layer's final metadata (extent, fields, report), asked for once its features are written, for a source
    /// that learns them only while it streams; null: <see cref="Layer"/> is final.
    /// </summary>
    public Func<NewLayer>? Complete { get; init; }
}
