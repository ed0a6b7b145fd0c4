using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Tests.Shared;

/// <summary>
/// Builds minimal GeoPackages straight with SQLite, so reader tests do not depend on GeoOpgave's writer.
/// A row is the geometry (WKT string, raw byte[] blob or null) followed by the attribute values.
/// </summary>
internal static class ReaderGpkgBuilder
{
    private const string Metadata = """
        CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
          last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
        CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('undefined cartesian', -1, 'NONE', -1, 'undefined', NULL);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'undefined', NULL);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'undefined', NULL);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'undefined', NULL);
        INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('RGF93 / Lambert-93', 2154, 'EPSG', 2154, 'undefined', NULL);
        """;

    /// <param name="columns">The attribute columns as SQL, e.g. "naam TEXT, inwoners INTEGER".</param>
    /// <summary>
    /// Registers a recursive view that never ends as feature layer <paramref name="name"/> in an existing GeoPackage:
    /// a reader that runs it never returns.
    /// </summary>
    public static void AddEndlessView(string path, string name)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE VIEW "{name}" AS WITH RECURSIVE r(fid, geom) AS (SELECT 1, NULL UNION ALL SELECT fid + 1, geom FROM r) SELECT fid, geom FROM r;
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{name}', 'features', '{name}', 28992);
            INSERT INTO gpkg_geometry_columns VALUES ('{name}', 'geom', 'GEOMETRY', 28992, 0, 0);
            """;
        command.ExecuteNonQuery();
    }

    public static void AddLayer(string path, string table, string columns, int srsId, params object?[][] rows)
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        connection.Open();
        Execute(connection, Metadata);
        Execute(
            connection,
            $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB{(columns.Length > 0 ? ", " + columns : string.Empty)})"
        );
        Execute(
            connection,
            $"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{table}', 'features', '{table}', {srsId})"
        );
        Execute(connection, $"INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', 'GEOMETRY', {srsId}, 0, 0)");
        foreach (var row in rows)
        {
            using var insert = connection.CreateCommand();
            var names = Enumerable
                .Range(0, row.Length)
                .Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture))
                .ToArray();
            var columnNames =
                columns.Length == 0 ? [] : columns.Split(',').Select(c => c.Trim().Split(' ')[0]).ToArray();
            insert.CommandText =
                $"INSERT INTO \"{table}\" (geom{string.Concat(columnNames.Take(row.Length - 1).Select(c => ", " + c))}) VALUES ({string.Join(", ", names)})";
            for (var i = 0; i < row.Length; i++)
            {
                insert.Parameters.AddWithValue(
                    names[i],
                    i == 0 ? GeometryValue(row[0], srsId) : row[i] ?? DBNull.Value
                );
            }

            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Runs <paramref name="sql"/> on an existing file, to spoil a fixture in one particular way.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, sql);
    }

    /// <summary>A plain SQLite file without GeoPackage metadata.</summary>
    public static void CreatePlainSqlite(string path)
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        connection.Open();
        Execute(connection, "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)");
    }

    private static object GeometryValue(object? value, int srsId) => value switch
    {
        null => DBNull.Value,
        byte[] blob => blob,
        string wkt => new GeoPackageGeoWriter().Write(WithSrid(new WKTReader().Read(wkt), srsId)),
        _ => throw new ArgumentException("Geometry must be WKT, a blob or null.", nameof(value)),
    };

    private static Geometry WithSrid(Geometry geometry, int srid)
    {
        geometry.SRID = srid;
        return geometry;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
