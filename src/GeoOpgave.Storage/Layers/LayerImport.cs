namespace GeoOpgave.Storage.Layers;

/// <summary>One layer to store with its (possibly lazy) features.</summary>
/// <param name="Layer">The metadata.</param>
/// <param name="Features">The features in RD New; empty for a raster or a table.</param>
public sealed record LayerImport(NewLayer Layer, IEnumerable<LayerFeature> Features);
