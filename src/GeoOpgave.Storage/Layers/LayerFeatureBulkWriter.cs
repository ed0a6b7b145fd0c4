using System.Globalization;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GeoOpgave.Storage.Layers;

/// <summary>
/// Writes a layer's features inside the context's open transaction, streaming: PostgreSQL through binary
/// COPY, SQLite through one prepared INSERT. Change tracking is bypassed because it would hold every
/// feature in memory.
/// </summary>
internal static class LayerFeatureBulkWriter
{
    /// <summary>The column list and format of every COPY into a layer partition.</summary>
    public const string CopyColumns = "(layer_id, feature_index, geometry, attributes) FROM STDIN (FORMAT BINARY)";

    // Index builds of a large layer sort more than the server's default 64 MB; raised for this transaction only.
    private const string IndexBuildMemory = "SET LOCAL maintenance_work_mem = '512MB'";

    /// <summary>The PostgreSQL partition of layer_features that holds one layer's features.</summary>
    public static string PartitionName(long layerId) =>
        string.Create(CultureInfo.InvariantCulture, $"layer_features_{layerId}");

    /// <returns>The number of features written: those of <see cref="LayerImport.Features"/>, or of its point blocks
    /// when it has them.</returns>
    public static async Task<long> WriteAsync(
        GeoOpgaveDbContext db,
        long layerId,
        LayerImport import,
        CancellationToken cancellationToken
    )
    {
        if (import.PointBlocks is null && import.Features is ICollection<LayerFeature> { Count: 0 })
        {
            return 0;
        }

        if (db is not PostgresGeoOpgaveDbContext)
        {
            return import.PointBlocks is { } points
                ? SqlitePointInsert.Write(db, layerId, points, cancellationToken)
                : await SqliteFeatureInsert.FeaturesAsync(db, layerId, import.Features, cancellationToken);
        }

        // COPY into a table without indexes, created in this transaction, then attach it as the layer's partition:
        // PostgreSQL builds the primary key and the GiST index in bulk at the attach, several times faster than row
        // by row. The CHECK spares the attach its scan to prove every row belongs to the partition.
        var partition = PartitionName(layerId);
        var create = string.Create(
            CultureInfo.InvariantCulture,
            $"CREATE TABLE {partition} (LIKE layer_features INCLUDING DEFAULTS, CONSTRAINT {partition}_layer CHECK (layer_id = {layerId}))"
        );
        await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var count = import.PointBlocks is { } blocks
            ? await PostgresPointCopy.WriteAsync(connection, partition, layerId, blocks, cancellationToken)
            : await CopyAsync(connection, partition, layerId, import.Features, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(IndexBuildMemory, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            string.Create(
                CultureInfo.InvariantCulture,
                $"ALTER TABLE layer_features ATTACH PARTITION {partition} FOR VALUES IN ({layerId})"
            ),
            cancellationToken
        );
        return count;
    }

    // Synchronous writes per field: each lands in Npgsql's buffer, and an await per field costs more than the field.
    private static async Task<long> CopyAsync(
        NpgsqlConnection connection,
        string table,
        long layerId,
        IEnumerable<LayerFeature> features,
        CancellationToken cancellationToken
    )
    {
        long count = 0;
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {table} {CopyColumns}",
            cancellationToken
        );
        foreach (var feature in features)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.StartRow();
            writer.Write(layerId, NpgsqlDbType.Bigint);
            writer.Write(feature.Index, NpgsqlDbType.Integer);
            writer.Write(LayerMapping.InRdNew(feature.Geometry, feature.Index), NpgsqlDbType.Geometry);
            if (feature.AttributesJson is null)
            {
                writer.WriteNull();
            }
            else
            {
                writer.Write(feature.AttributesJson, NpgsqlDbType.Jsonb);
            }

            count++;
        }

        await writer.CompleteAsync(cancellationToken);
        return count;
    }
}
