using GeoOpgave.Storage.Context;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace GeoOpgave.Storage.Layers;

/// <summary>
/// Inserts point blocks into SQLite's layer_features through one statement prepared on the raw SQLite handle,
/// inside the transaction the import has open on that connection: values are bound by position straight from
/// the block's spans (WKB from a stack buffer, the JSON bytes as UTF-8 text), so a row costs SQLite's own work
/// and no managed command, reader or string.
/// </summary>
internal static class SqlitePointInsert
{
    private const string InsertCommand =
        "INSERT INTO layer_features (layer_id, feature_index, geometry, attributes) VALUES (?1, ?2, ?3, ?4)";

    public static long Write(
        GeoOpgaveDbContext db,
        long layerId,
        IEnumerable<PointFeatureBlock> blocks,
        CancellationToken cancellationToken
    )
    {
        if (
            db.Database.CurrentTransaction is null
            || db.Database.GetDbConnection() is not SqliteConnection { Handle: { } handle }
        )
        {
            throw new InvalidOperationException(
                "Features are only written inside the import's transaction on an open SQLite connection."
            );
        }

        Check(handle, raw.sqlite3_prepare_v2(handle, InsertCommand, out var statement));
        using (statement)
        {
            Check(handle, raw.sqlite3_bind_int64(statement, 1, layerId));
            Span<byte> wkb = stackalloc byte[21];
            long count = 0;
            foreach (var block in blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var row = 0; row < block.Count; row++)
                {
                    PointCopyEncoder.WriteWkbPoint(wkb, block.X[row], block.Y[row]);
                    var json = block.AttributesJson(row);
                    Check(handle, raw.sqlite3_bind_int(statement, 2, block.Index[row]));
                    Check(handle, raw.sqlite3_bind_blob(statement, 3, wkb));
                    Check(
                        handle,
                        json.IsEmpty ? raw.sqlite3_bind_null(statement, 4) : raw.sqlite3_bind_text(statement, 4, json)
                    );
                    var done = raw.sqlite3_step(statement);
                    raw.sqlite3_reset(statement);
                    if (done != raw.SQLITE_DONE)
                    {
                        Check(handle, done);
                    }
                }

                count += block.Count;
            }

            return count;
        }
    }

    private static void Check(sqlite3 handle, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }
}
