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
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {GeoPackageCatalog.QuoteIdentifier(info.Name)}";
        using var reader = command.ExecuteReader();
        var geometryOrdinal = reader.GetOrdinal(info.GeometryColumn!);
        var geoReader = new GeoPackageBlobReader();
        var features = new List<IFeature>();
        for (var index = 0; reader.Read(); index++)
        {
            if (index >= maxFeatures)
            {
                log.Error(ImportIssueKind.TooLarge, $"De laag heeft meer dan {maxFeatures} objecten, het toegestane maximum; het lezen is gestopt.");
                return null;
            }

            var attributes = new AttributesTable();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                if (i != geometryOrdinal && !string.Equals(name, primaryKey, StringComparison.OrdinalIgnoreCase))
                {
                    attributes.Add(name, AttributeValues.Normalise(reader.GetValue(i)));
                }
            }

            var geometry = ReadGeometry(reader, geometryOrdinal, geoReader, index, log);
            if (geometry is not null || keepFeaturesWithoutGeometry)
            {
                features.Add(new Feature(geometry is null ? null : projection.ToRdNew(geometry), attributes));
            }
        }

        return features;
    }

    private static Geometry? ReadGeometry(SqliteDataReader reader, int ordinal, GeoPackageBlobReader geoReader, int index, IssueLog log)
    {
        var field = reader.GetName(ordinal);
        if (reader.IsDBNull(ordinal))
        {
            log.Warning(ImportIssueKind.MissingGeometry, "Object zonder geometrie; het wordt overgeslagen.", index, field);
            return null;
        }

        Geometry geometry;
        try
        {
            geometry = geoReader.Read((byte[])reader.GetValue(ordinal));
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException or InvalidCastException or IOException
            or InvalidOperationException or IndexOutOfRangeException or NotSupportedException or OverflowException)
        {
            log.Error(ImportIssueKind.BrokenGeometry, $"De geometrie is geen geldige GeoPackage-geometrie: {ex.Message}", index, field);
            return null;
        }

        if (geometry.IsEmpty)
        {
            log.Warning(ImportIssueKind.EmptyGeometry, "Object met lege geometrie; het wordt overgeslagen.", index, field);
            return null;
        }

        return geometry;
    }

    private static string? PrimaryKey(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info({QuoteLiteral(table)}) WHERE pk = 1";
        return command.ExecuteScalar() as string;
    }

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
