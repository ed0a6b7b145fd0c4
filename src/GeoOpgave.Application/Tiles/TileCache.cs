using GeoOpgave.Application.Export;
using Microsoft.Extensions.Caching.Memory;

namespace GeoOpgave.Application.Tiles;

/// <summary>
/// The in-memory cache of encoded tiles, keyed by the published collection's ETag (which names its workspace version,
/// collection, profiel and years) and the tile address: after a write the ETag moves, the old tiles are never asked for
/// again and age out under the size limit, so a stale tile cannot be served.
/// </summary>
public sealed class TileCache : IDisposable
{
    /// <summary>About 64 MB of tiles (sizes in bytes).</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(
        new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 }
    );

    /// <summary>The encoded tile of <paramref name="collection"/>, built the first time this version and address are
    /// asked for.</summary>
    public byte[] Tile(PublishedCollection collection, TileAddress address)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(address);
        return _cache.GetOrCreate((collection.ETag, address), entry =>
        {
            var bytes = TileBuilder.Build(TileSnapshot.Of(collection), address, collection.Data.Info.Id);
            entry.Size = bytes.Length + 64L;
            return bytes;
        })!;
    }

    public void Dispose() => _cache.Dispose();
}
