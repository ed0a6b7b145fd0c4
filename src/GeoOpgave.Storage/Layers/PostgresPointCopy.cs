using System.Buffers;
using Npgsql;

namespace GeoOpgave.Storage.Layers;

/// <summary>
/// Streams point blocks into a layer partition through a raw binary COPY: each block is encoded into one
/// buffer by <see cref="PointCopyEncoder"/> and written in one call, so the cost per row is a few stores.
/// </summary>
internal static class PostgresPointCopy
{
    public static async Task<long> WriteAsync(
        NpgsqlConnection connection,
        string table,
        long layerId,
        IEnumerable<PointFeatureBlock> blocks,
        CancellationToken cancellationToken
    )
    {
        long count = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        var copy = await connection.BeginRawBinaryCopyAsync(
            $"COPY {table} {LayerFeatureBulkWriter.CopyColumns}",
            cancellationToken
        );
        try
        {
            copy.Write(PointCopyEncoder.Header);
            foreach (var block in blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                count += WriteBlock(copy, block, layerId, ref buffer);
            }

            copy.Write(PointCopyEncoder.Trailer);
        }
        catch
        {
            // Abort the COPY on the server so the exception that got us here is the one the caller sees.
            await CancelQuietlyAsync(copy);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        await copy.DisposeAsync();
        return count;
    }

    private static int WriteBlock(Stream copy, PointFeatureBlock block, long layerId, ref byte[] buffer)
    {
        var used = 0;
        var index = block.Index;
        var x = block.X;
        var y = block.Y;
        for (var row = 0; row < block.Count; row++)
        {
            var json = block.AttributesJson(row);
            var needed = PointCopyEncoder.MaxRowBytes(json.Length);
            if (used + needed > buffer.Length)
            {
                copy.Write(buffer, 0, used);
                used = 0;
                if (needed > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(needed);
                }
            }

            used += PointCopyEncoder.Write(buffer.AsSpan(used), layerId, index[row], x[row], y[row], json);
        }

        copy.Write(buffer, 0, used);
        return block.Count;
    }

    private static async Task CancelQuietlyAsync(NpgsqlRawCopyStream copy)
    {
        try
        {
            await copy.CancelAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is already broken (e.g. the backend was terminated); the transaction is lost either way.
        }
        catch (InvalidOperationException)
        {
            // Same: a broken connection refuses the cancel.
        }

        try
        {
            await copy.DisposeAsync();
        }
        catch (NpgsqlException)
        {
            // Ditto.
        }
    }
}
