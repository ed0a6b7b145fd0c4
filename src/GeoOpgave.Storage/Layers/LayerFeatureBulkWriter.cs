using System.Data.Common;
using System.Globalization;
using GeoOpgave.Storage.Postgres;
using GeoOpgave.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    private const string CopyColumns = "(layer_id, feature_index, geometry, attributes) FROM STDIN (FORMAT BINARY)";

    private const string InsertCommand =
        "INSERT INTO layer_features (layer_id, feature_index, geometry, attributes) VALUES ($layer, $index, $geometry, $attributes)";

    /// <summary>The PostgreSQL partition of layer_features that holds one layer's features.</summary>
    public static string PartitionName(long layerId) => string.Create(CultureInfo.InvariantCulture, $"layer_features_{layerId}");

    /// <returns>The number of features written.</returns>
    public static async Task<long> WriteAsync(GeoOpgaveDbContext db, long layerId, IEnumerable<LayerFeature> features, CancellationToken cancellationToken)
    {
        if (features is ICollection<LayerFeature> { Count: 0 })
        {
            return 0;
        }

        if (db is not PostgresGeoOpgaveDbContext)
        {
            return await InsertAsync(db, layerId, features, cancellationToken);
        }

        // COPY into a table without indexes, then attach it as the layer's partition: PostgreSQL builds the
        // primary key and the GiST index in bulk at the attach, several times faster than row by row.
        var partition = PartitionName(layerId);
        var create = "CREATE TABLE " + partition + " (LIKE layer_features INCLUDING DEFAULTS)";
        await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
        var count = await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), partition, layerId, features, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            string.Create(CultureInfo.InvariantCulture, $"ALTER TABLE layer_features ATTACH PARTITION {partition} FOR VALUES IN ({layerId})"),
            cancellationToken);
        return count;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, string table, long layerId, IEnumerable<LayerFeature> features, CancellationToken cancellationToken)
    {
        long count = 0;
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} {CopyColumns}", cancellationToken);
        foreach (var feature in features)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(layerId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(feature.Index, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(LayerMapping.InRdNew(feature.Geometry, feature.Index), NpgsqlDbType.Geometry, cancellationToken);
            if (feature.AttributesJson is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(feature.AttributesJson, NpgsqlDbType.Jsonb, cancellationToken);
            }

            count++;
        }

        await writer.CompleteAsync(cancellationToken);
        return count;
    }

    private static async Task<long> InsertAsync(GeoOpgaveDbContext db, long layerId, IEnumerable<LayerFeature> features, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Features are only written inside the import's transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertCommand;
        var layer = AddParameter(command, "$layer");
        var index = AddParameter(command, "$index");
        var geometry = AddParameter(command, "$geometry");
        var attributes = AddParameter(command, "$attributes");
        layer.Value = layerId;
        long count = 0;
        foreach (var feature in features)
        {
            index.Value = feature.Index;
            geometry.Value = WkbGeometryConverter.ToWkb(LayerMapping.InRdNew(feature.Geometry, feature.Index));
            attributes.Value = (object?)feature.AttributesJson ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
