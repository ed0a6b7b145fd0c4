using System.Data.Common;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GeoOpgave.Storage.Layers;

/// <summary>Inserts a layer's features into SQLite with one prepared statement inside the import's
/// transaction.</summary>
internal static class SqliteFeatureInsert
{
    private const string InsertCommand =
        "INSERT INTO layer_features (layer_id, feature_index, geometry, attributes) VALUES ($layer, $index, $geometry, $attributes)";

    public static async Task<long> FeaturesAsync(
        GeoOpgaveDbContext db,
        long layerId,
        IEnumerable<LayerFeature> features,
        CancellationToken cancellationToken
    )
    {
        await using var insert = Prepare(db, layerId);
        long count = 0;
        foreach (var feature in features)
        {
            insert.Index.Value = feature.Index;
            insert.Geometry.Value = WkbGeometryConverter.ToWkb(LayerMapping.InRdNew(feature.Geometry, feature.Index));
            insert.Attributes.Value = (object?)feature.AttributesJson ?? DBNull.Value;
            await insert.Command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private static Insert Prepare(GeoOpgaveDbContext db, long layerId)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Features are only written inside the import's transaction.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertCommand;
        AddParameter(command, "$layer").Value = layerId;
        var insert = new Insert(
            command,
            AddParameter(command, "$index"),
            AddParameter(command, "$geometry"),
            AddParameter(command, "$attributes")
        );
        command.Prepare();
        return insert;
    }

    private static DbParameter AddParameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private sealed record Insert(DbCommand Command, DbParameter Index, DbParameter Geometry, DbParameter Attributes)
        : IDisposable,
            IAsyncDisposable
    {
        public void Dispose() => Command.Dispose();

        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }
}
