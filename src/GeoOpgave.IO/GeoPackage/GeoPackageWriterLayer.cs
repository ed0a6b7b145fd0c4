using GeoOpgave.IO.Features;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>Writes one layer: its feature table, contents and geometry-column rows, and its R-tree index.</summary>
internal static class GeoPackageWriterLayer
{
    public static void Write(SqliteConnection connection, VectorLayer layer, string fid, string geom, string lastChange)
    {
        var columns = GeoPackageWriterColumns.Infer(layer.Features);
        if (
            columns.Any(c =>
                c.Name.Equals(fid, StringComparison.OrdinalIgnoreCase)
                || c.Name.Equals(geom, StringComparison.OrdinalIgnoreCase)
            )
        )
        {
            throw new ArgumentException(
                $"Layer '{layer.Name}' has an attribute named '{fid}' or '{geom}'.",
                nameof(layer)
            );
        }

        var typeName = GeometryTypeName(layer.Features.Select(f => f.Geometry));
        var q = GeoPackageWriterSchema.Quote;
        var columnSql = string.Concat(columns.Select(c => $", {q(c.Name)} {c.SqlType}"));
        GeoPackageWriter.Execute(
            connection,
            $"CREATE TABLE {q(layer.Name)} ({q(fid)} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {q(geom)} {typeName}{columnSql})"
        );
        GeoPackageWriter.Execute(connection, GeoPackageWriterSchema.RtreeTableSql(layer.Name, geom));
        var extent = InsertFeatures(connection, layer, columns, typeName, fid, geom);
        GeoPackageWriter.Execute(connection, GeoPackageWriterSchema.RtreeTriggersSql(layer.Name, geom, fid));
        InsertMetadata(connection, layer, geom, typeName, extent, lastChange);
    }

    /// <summary>
    /// The column's geometry type: the one type all geometries share, the multi type when single and multi parts
    /// of one kind mix (the singles are then promoted), otherwise GEOMETRY.
    /// </summary>
    internal static string GeometryTypeName(IEnumerable<Geometry?> geometries)
    {
        var types = geometries.Where(g => g is { IsEmpty: false }).Select(g => g!.OgcGeometryType).Distinct().ToList();
        if (types.Count == 1)
        {
            return types[0] == OgcGeometryType.GeometryCollection
                ? "GEOMETRYCOLLECTION"
                : types[0].ToString().ToUpperInvariant();
        }

        if (types.Count == 2)
        {
            if (types.All(t => t is OgcGeometryType.Polygon or OgcGeometryType.MultiPolygon))
            {
                return "MULTIPOLYGON";
            }
            if (types.All(t => t is OgcGeometryType.LineString or OgcGeometryType.MultiLineString))
            {
                return "MULTILINESTRING";
            }
            if (types.All(t => t is OgcGeometryType.Point or OgcGeometryType.MultiPoint))
            {
                return "MULTIPOINT";
            }
        }

        return "GEOMETRY";
    }

    private static Envelope InsertFeatures(
        SqliteConnection connection,
        VectorLayer layer,
        IReadOnlyList<GeoPackageWriterColumn> columns,
        string typeName,
        string fid,
        string geom
    )
    {
        var q = GeoPackageWriterSchema.Quote;
        using var insert = connection.CreateCommand();
        var names = string.Concat(columns.Select(c => ", " + q(c.Name)));
        var values = string.Concat(columns.Select((_, i) => $", $p{i}"));
        insert.CommandText = $"INSERT INTO {q(layer.Name)} ({q(fid)}, {q(geom)}{names}) VALUES ($fid, $geom{values})";
        var fidParameter = insert.Parameters.Add("$fid", SqliteType.Integer);
        var geomParameter = insert.Parameters.Add("$geom", SqliteType.Blob);
        var attributeParameters = columns.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToList();

        using var rtree = connection.CreateCommand();
        rtree.CommandText = $"INSERT INTO {q($"rtree_{layer.Name}_{geom}")} VALUES ($id, $minx, $maxx, $miny, $maxy)";
        var rtreeParameters = new[] { "$id", "$minx", "$maxx", "$miny", "$maxy" }
            .Select(n => rtree.Parameters.Add(n, SqliteType.Real))
            .ToArray();
        rtreeParameters[0].SqliteType = SqliteType.Integer;

        var extent = new Envelope();
        for (var i = 0; i < layer.Features.Count; i++)
        {
            var feature = layer.Features[i];
            var geometry = Promote(feature.Geometry, typeName);
            fidParameter.Value = i + 1L;
            geomParameter.Value = geometry is null ? DBNull.Value : GeoPackageWriter.ToBlob(geometry, layer.Srid);
            BindAttributes(feature, columns, attributeParameters);
            insert.ExecuteNonQuery();
            if (geometry is { IsEmpty: false })
            {
                var e = geometry.EnvelopeInternal;
                extent.ExpandToInclude(e);
                object[] bounds = [i + 1L, e.MinX, e.MaxX, e.MinY, e.MaxY];
                for (var b = 0; b < bounds.Length; b++)
                {
                    rtreeParameters[b].Value = bounds[b];
                }

                rtree.ExecuteNonQuery();
            }
        }

        return extent;
    }

    private static void BindAttributes(
        NetTopologySuite.Features.IFeature feature,
        IReadOnlyList<GeoPackageWriterColumn> columns,
        List<SqliteParameter> parameters
    )
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var value = feature.Attributes is { } a && a.Exists(columns[c].Name) ? a[columns[c].Name] : null;
            var dbValue = GeoPackageWriterColumns.ToDbValue(value, columns[c].SqlType);
            parameters[c].SqliteType = dbValue switch
            {
                long => SqliteType.Integer,
                double => SqliteType.Real,
                _ => SqliteType.Text,
            };
            parameters[c].Value = dbValue;
        }
    }

    private static void InsertMetadata(
        SqliteConnection connection,
        VectorLayer layer,
        string geom,
        string typeName,
        Envelope extent,
        string lastChange
    )
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id)
            VALUES ($t, 'features', $t, '', $change, $minx, $miny, $maxx, $maxy, $srid);
            INSERT INTO gpkg_geometry_columns VALUES ($t, $c, $type, $srid, 0, 0);
            INSERT INTO gpkg_extensions VALUES ($t, $c, 'gpkg_rtree_index', $definition, 'write-only');
            """;
        command.Parameters.AddWithValue("$t", layer.Name);
        command.Parameters.AddWithValue("$c", geom);
        command.Parameters.AddWithValue("$type", typeName);
        command.Parameters.AddWithValue("$srid", layer.Srid);
        command.Parameters.AddWithValue("$change", lastChange);
        command.Parameters.AddWithValue("$definition", GeoPackageWriterSchema.RtreeExtensionDefinition);
        command.Parameters.AddWithValue("$minx", extent.IsNull ? DBNull.Value : extent.MinX);
        command.Parameters.AddWithValue("$miny", extent.IsNull ? DBNull.Value : extent.MinY);
        command.Parameters.AddWithValue("$maxx", extent.IsNull ? DBNull.Value : extent.MaxX);
        command.Parameters.AddWithValue("$maxy", extent.IsNull ? DBNull.Value : extent.MaxY);
        command.ExecuteNonQuery();
    }

    private static Geometry? Promote(Geometry? geometry, string typeName) => (geometry, typeName) switch
    {
        (Polygon p, "MULTIPOLYGON") => p.Factory.CreateMultiPolygon([p]),
        (LineString l, "MULTILINESTRING") => l.Factory.CreateMultiLineString([l]),
        (Point p, "MULTIPOINT") => p.Factory.CreateMultiPoint([p]),
        _ => geometry,
    };
}
