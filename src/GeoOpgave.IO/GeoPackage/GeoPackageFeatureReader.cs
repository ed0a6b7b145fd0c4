using System.Collections.Concurrent;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Reads the rows of one feature table into features with RD New geometries; stops at row
/// <c>maxFeatures + 1</c> (null, with an issue) instead of reading a table that is too large to the end.
/// </summary>
internal static class GeoPackageFeatureReader
{
    public static List<IFeature>? ReadAll(
        SqliteConnection connection,
        GeoPackageLayerInfo info,
        LayerProjection projection,
        bool keepFeaturesWithoutGeometry,
        int maxFeatures,
        IssueLog log)
    {
        var primaryKey = PrimaryKey(connection, info.Name);
        var rows = new List<(AttributesTable Attributes, byte[]? Blob)>();
        // SQLite hands over the rows on this thread while a second thread turns the blobs into geometries (one WKB
        // reader per thread); when the table is read, this thread joins in. Issues are logged in row order
        // afterwards.
        using var blobs = new BlockingCollection<(int Index, byte[] Blob)>();
        var worker = Task.Run(() => ParseAll(blobs));
        List<(int Index, Geometry? Geometry, string? Error)> parsedHere;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {GeoPackageCatalog.QuoteIdentifier(info.Name)}";
            using var reader = command.ExecuteReader();
            var geometryOrdinal = reader.GetOrdinal(info.GeometryColumn!);
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            while (reader.Read())
            {
                if (rows.Count >= maxFeatures)
                {
                    log.Error(
                        IssueKind.TooLarge,
                        $"De laag heeft meer dan {maxFeatures} objecten, het toegestane maximum; het lezen is gestopt."
                    );
                    return null;
                }

                var attributes = new AttributesTable();
                for (var i = 0; i < names.Length; i++)
                {
                    if (
                        i != geometryOrdinal
                        && !string.Equals(names[i], primaryKey, StringComparison.OrdinalIgnoreCase)
                    )
                    {
                        attributes.Add(names[i], AttributeValues.Normalise(reader.GetValue(i)));
                    }
                }

                var blob = reader.IsDBNull(geometryOrdinal) ? null : (byte[])reader.GetValue(geometryOrdinal);
                if (blob is not null)
                {
                    blobs.Add((rows.Count, blob));
                }

                rows.Add((attributes, blob));
            }
        }
        finally
        {
            // Also on an early return: the worker must be done with the collection before it is disposed.
            blobs.CompleteAdding();
            parsedHere = ParseAll(blobs);
            worker.GetAwaiter().GetResult();
        }

        var geometries = new (Geometry? Geometry, string? Error)[rows.Count];
        foreach (var (index, geometry, error) in parsedHere.Concat(worker.Result))
        {
            geometries[index] = (geometry, error);
        }

        var field = info.GeometryColumn!;
        var features = new List<IFeature>(rows.Count);
        for (var index = 0; index < rows.Count; index++)
        {
            var geometry = Checked(rows[index].Blob, geometries[index], index, field, log);
            if (geometry is not null || keepFeaturesWithoutGeometry)
            {
                features.Add(
                    new Feature(geometry is null ? null : projection.ToRdNew(geometry), rows[index].Attributes)
                );
            }
        }

        return features;
    }

    private static List<(int Index, Geometry? Geometry, string? Error)> ParseAll(
        BlockingCollection<(int Index, byte[] Blob)> blobs
    )
    {
        var reader = new GeoPackageBlobReader();
        var parsed = new List<(int, Geometry?, string?)>();
        foreach (var (index, blob) in blobs.GetConsumingEnumerable())
        {
            var (geometry, error) = Parse(blob, reader);
            parsed.Add((index, geometry, error));
        }

        return parsed;
    }

    private static (Geometry? Geometry, string? Error) Parse(byte[] blob, GeoPackageBlobReader reader)
    {
        try
        {
            return (reader.Read(blob), null);
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException or InvalidCastException or IOException
            or InvalidOperationException or IndexOutOfRangeException or NotSupportedException or OverflowException)
        {
            return (null, ex.Message);
        }
    }

    private static Geometry? Checked(
        byte[]? blob,
        (Geometry? Geometry, string? Error) parsed,
        int index,
        string field,
        IssueLog log
    )
    {
        if (blob is null)
        {
            log.Warning(IssueKind.MissingGeometry, "Object zonder geometrie; het wordt overgeslagen.", index, field);
            return null;
        }

        if (parsed.Error is { } error)
        {
            log.Error(
                IssueKind.BrokenGeometry,
                $"De geometrie is geen geldige GeoPackage-geometrie: {error}",
                index,
                field
            );
            return null;
        }

        if (parsed.Geometry!.IsEmpty)
        {
            log.Warning(IssueKind.EmptyGeometry, "Object met lege geometrie; het wordt overgeslagen.", index, field);
            return null;
        }

        return parsed.Geometry;
    }

    private static string? PrimaryKey(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({QuoteLiteral(table)}) WHERE pk = 1";
        return command.ExecuteScalar() as string;
    }

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
