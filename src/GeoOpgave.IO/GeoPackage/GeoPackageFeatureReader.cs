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
        using (var command = connection.CreateCommand())
        {
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

                rows.Add(
                    (attributes, reader.IsDBNull(geometryOrdinal) ? null : (byte[])reader.GetValue(geometryOrdinal))
                );
            }
        }

        // SQLite hands over the blobs in a few hundredths of a second; turning them into geometries is the work,
        // so it runs on all cores (one WKB reader per thread) and the issues are logged in row order afterwards.
        var parsed = new (Geometry? Geometry, string? Error)[rows.Count];
        Parallel.For(
            0,
            rows.Count,
            () => new GeoPackageBlobReader(),
            (index, _, blobs) =>
            {
                parsed[index] = rows[index].Blob is { } blob ? Parse(blob, blobs) : (null, null);
                return blobs;
            },
            _ => { });

        var field = info.GeometryColumn!;
        var features = new List<IFeature>(rows.Count);
        for (var index = 0; index < rows.Count; index++)
        {
            var geometry = Checked(rows[index].Blob, parsed[index], index, field, log);
            if (geometry is not null || keepFeaturesWithoutGeometry)
            {
                features.Add(
                    new Feature(geometry is null ? null : projection.ToRdNew(geometry), rows[index].Attributes)
                );
            }
        }

        return features;
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
