using GeoOpgave.IO.Features;
using Microsoft.Extensions.Caching.Memory;

namespace GeoOpgave.Web.Api.Tiles;

/// <summary>
/// The in-memory cache of snapshots and encoded tiles. Every entry is keyed by the content fingerprint of its layer,
/// so after an edit of the data or a different analysis the old entries are simply never asked for again (and age
/// out under the size limit): a stale tile cannot be served.
/// </summary>
public sealed class TileCache : IDisposable
{
    /// <summary>About 64 MB of tiles and snapshots (sizes are estimated in bytes).</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>The snapshot of this layer's content, built once per version.</summary>
    public TileSnapshot Snapshot(VectorLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var version = LayerFingerprint.Of(layer);
        return _cache.GetOrCreate(("snapshot", version), entry =>
        {
            entry.Size = layer.Features.Sum(f => 256L + (16L * (f.Geometry?.NumPoints ?? 0)));
            return new TileSnapshot(layer, version);
        })!;
    }

    /// <summary>The encoded tile, built by <paramref name="build"/> the first time this version and address are asked for.</summary>
    public byte[] Tile(TileSnapshot snapshot, TileAddress address, Func<byte[]> build)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(build);
        return _cache.GetOrCreate(("tile", snapshot.Version, address), entry =>
        {
            var bytes = build();
            entry.Size = bytes.Length + 64L;
            return bytes;
        })!;
    }

    public void Dispose() => _cache.Dispose();
}
