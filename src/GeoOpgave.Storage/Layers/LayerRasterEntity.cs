namespace GeoOpgave.Storage.Layers;

/// <summary>
/// The GeoTIFF of a raster layer, kept as bytes in the database itself (not as a file next to it) so that
/// an import stays one transaction: a failed or cut-off import can never leave an orphaned file behind.
/// </summary>
public sealed class LayerRasterEntity
{
    public long LayerId { get; set; }

    public required byte[] Data { get; set; }
}
