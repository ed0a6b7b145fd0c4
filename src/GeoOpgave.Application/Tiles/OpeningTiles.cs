using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// The tiles a map fitted to a layer's extent asks for first. The map page opens on the extent of the buurten, so
/// these are the tiles every first visitor waits for; encoding them ahead (the start-up warm-up) takes the slowest
/// tile of the first paint off that visitor.
/// </summary>
public static class OpeningTiles
{
    /// <summary>The smallest and largest map pane, in pixels along the extent's longer side, that a fitted map is
    /// expected on: from a small laptop beside the side pane to a large screen.</summary>
    public const double SmallestPanePx = 400;

    public const double LargestPanePx = 1600;

    /// <summary>A zoom that needs more tiles than this to cover the extent is not encoded ahead.</summary>
    public const int MaxTilesPerZoom = 64;

    private const double TilePx = 256;

    /// <summary>
    /// Per zoom that a map pane between <see cref="SmallestPanePx"/> and <see cref="LargestPanePx"/> shows the
    /// <paramref name="mercatorExtent"/> at (Leaflet rounds a fitted zoom to the zoom of its tiles), the tiles that
    /// cover the extent, the most likely zoom (a pane of about 900 px) first. Empty for an empty or point extent.
    /// </summary>
    public static IReadOnlyList<TileAddress> Of(Envelope mercatorExtent)
    {
        ArgumentNullException.ThrowIfNull(mercatorExtent);
        var side = Math.Max(mercatorExtent.Width, mercatorExtent.Height);
        if (mercatorExtent.IsNull || side <= 0)
        {
            return [];
        }

        var world = 2 * MercatorShape.HalfWorld;
        double Fitted(double panePx) => Math.Log2(panePx * world / (TilePx * side));
        var low = Zoom(Fitted(SmallestPanePx));
        var high = Zoom(Fitted(LargestPanePx));
        var likely = Fitted(900);
        var tiles = new List<TileAddress>();
        foreach (var z in Enumerable.Range(low, high - low + 1).OrderBy(z => Math.Abs(z - likely)))
        {
            if (Covering(mercatorExtent, z) is { } covering)
            {
                tiles.AddRange(covering);
            }
        }

        return tiles;
    }

    // Leaflet takes the tiles of Math.round(zoom): halves round up.
    private static int Zoom(double fitted) =>
        (int)Math.Clamp(Math.Round(fitted, MidpointRounding.AwayFromZero), 0, TileAddress.MaxZoom);

    // Null when the zoom needs more than MaxTilesPerZoom tiles.
    private static List<TileAddress>? Covering(Envelope extent, int z)
    {
        var n = 1 << z;
        var size = 2 * MercatorShape.HalfWorld / n;
        int Index(double metresFromEdge) => Math.Clamp((int)Math.Floor(metresFromEdge / size), 0, n - 1);
        var (x0, x1) = (Index(extent.MinX + MercatorShape.HalfWorld), Index(extent.MaxX + MercatorShape.HalfWorld));
        var (y0, y1) = (Index(MercatorShape.HalfWorld - extent.MaxY), Index(MercatorShape.HalfWorld - extent.MinY));
        if ((long)(x1 - x0 + 1) * (y1 - y0 + 1) > MaxTilesPerZoom)
        {
            return null;
        }

        var tiles = new List<TileAddress>();
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                tiles.Add(new TileAddress(z, x, y));
            }
        }

        return tiles;
    }
}
