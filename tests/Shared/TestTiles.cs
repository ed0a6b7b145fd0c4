using GeoOpgave.Application.Tiles;
using NetTopologySuite.Features;
using MapboxTileReader = NetTopologySuite.IO.VectorTiles.Mapbox.MapboxTileReader;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// Tiles as a map client sees them: the address of a point and the features of a tile decoded by an independent MVT
/// reader (NetTopologySuite.IO.VectorTiles), so the tile engine's tests and the endpoint's tests check the bytes the
/// same way (tests/Shared).
/// </summary>
internal static class TestTiles
{
    /// <summary>The WebMercatorQuad tile at <paramref name="z"/> that holds the point.</summary>
    public static TileAddress Around(double lat, double lon, int z)
    {
        var n = 1 << z;
        var x = (int)((lon + 180) / 360 * n);
        var latRad = lat * Math.PI / 180;
        var y = (int)((1 - Math.Log(Math.Tan(latRad) + 1 / Math.Cos(latRad)) / Math.PI) / 2 * n);
        return new TileAddress(z, x, y);
    }

    /// <summary>The features of every layer of the tile, in WGS84.</summary>
    public static IList<IFeature> Decode(byte[] bytes, TileAddress address)
    {
        using var stream = new MemoryStream(bytes);
        var tile = new MapboxTileReader().Read(
            stream,
            new NetTopologySuite.IO.VectorTiles.Tiles.Tile(address.X, address.Y, address.Z)
        );
        return tile.Layers.SelectMany(l => l.Features).ToList();
    }
}
