using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Reads the rows of one feature table into features with RD New geometries; stops at row
/// <c>MaxFeatures + 1</c> (null, with an issue) instead of reading a table that is too large to the end.
/// </summary>
internal static class GeoPackageFeatureReader
{
    public static List<IFeature>? ReadAll(
        SqliteConnection connection,
        GeoPackageLayerInfo info,
        LayerProjection projection,
        GeoPackageRowSelection rows,
        IssueLog log)
    {
        var primaryKey = PrimaryKey(connection, info.Name);
        var field = info.GeometryColumn!;
        var features = new List<IFeature>();
        var blobs = new GeoPackageBlobReader();
        using var reader = new GeoPackageRows(connection, $"SELECT * FROM {GeoPackageCatalog.QuoteIdentifier(info.Name)}");
        var geometryOrdinal = reader.Ordinal(field);
        if (geometryOrdinal < 0)
        {
            log.Error(
                IssueKind.MissingGeometry,
                $"De geometriekolom '{field}' uit gpkg_geometry_columns staat niet in de tabel."
            );
            return null;
        }

        var names = reader.Names;
        for (var index = 0; reader.Read(); index++)
        {
            if (index >= rows.MaxFeatures)
            {
                log.Error(
                    IssueKind.TooLarge,
                    $"De laag heeft meer dan {rows.MaxFeatures} objecten, het toegestane maximum; het lezen is gestopt."
                );
                return null;
            }

            var attributes = new AttributesTable();
            for (var i = 0; i < names.Count; i++)
            {
                if (i != geometryOrdinal && !string.Equals(names[i], primaryKey, StringComparison.OrdinalIgnoreCase))
                {
                    attributes.Add(names[i], AttributeValues.Normalise(reader.Value(i)));
                }
            }

            var geometry = rows.WantsGeometry?.Invoke(attributes) == false ? null
                : reader.IsNull(geometryOrdinal) ? Missing(index, field, log)
                : Checked(Parse(reader.Blob(geometryOrdinal), blobs), index, field, log);
            if (geometry is not null || rows.KeepFeaturesWithoutGeometry)
            {
                features.Add(new Feature(geometry is null ? null : projection.ToRdNew(geometry), attributes));
            }
        }

        return features;
    }

    private static Geometry? Missing(int index, string field, IssueLog log)
    {
        log.Warning(IssueKind.MissingGeometry, "Object zonder geometrie; het wordt overgeslagen.", index, field);
        return null;
    }

    private static (Geometry? Geometry, string? Error) Parse(ReadOnlySpan<byte> blob, GeoPackageBlobReader reader)
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

    private static Geometry? Checked((Geometry? Geometry, string? Error) parsed, int index, string field, IssueLog log)
    {
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
