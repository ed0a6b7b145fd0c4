using Microsoft.Data.Sqlite;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Adds QGIS layer styles to a GeoPackage: the <c>layer_styles</c> table exactly as QGIS creates it, registered in
/// <c>gpkg_contents</c> as an attributes table, so QGIS opens each layer with its default style and GDAL lists the
/// table without complaint.
/// </summary>
public static class GeoPackageStyles
{
    public const string TableName = "layer_styles";

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS layer_styles (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          f_table_catalog TEXT(256),
          f_table_schema TEXT(256),
          f_table_name TEXT(256),
          f_geometry_column TEXT(256),
          styleName TEXT(30),
          styleQML TEXT,
          styleSLD TEXT,
          useAsDefault BOOLEAN,
          description TEXT,
          owner TEXT(30),
          ui TEXT(30),
          update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
        INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
        VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS-stijlen', strftime('%Y-%m-%dT%H:%M:%fZ','now'));
        """;

    private const string InsertStyle = """
        INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui)
        VALUES ('', '', $table, $column, $name, $qml, '', $default, $description, '', NULL)
        """;

    /// <summary>Adds the styles to the existing GeoPackage at <paramref name="path"/>, in one transaction.</summary>
    /// <exception cref="ArgumentException">A style names a table that is not a feature table of the file.</exception>
    public static void Write(string path, IReadOnlyList<GeoPackageLayerStyle> styles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(styles);
        using var connection = GeoPackageConnection.Open(path, SqliteOpenMode.ReadWrite);
        using var transaction = connection.BeginTransaction();
        CheckTables(connection, styles);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateTable;
            create.ExecuteNonQuery();
        }

        foreach (var style in styles)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = InsertStyle;
            insert.Parameters.AddWithValue("$table", style.TableName);
            insert.Parameters.AddWithValue("$column", style.GeometryColumn);
            insert.Parameters.AddWithValue("$name", style.StyleName);
            insert.Parameters.AddWithValue("$qml", style.Qml);
            insert.Parameters.AddWithValue("$default", style.UseAsDefault ? 1 : 0);
            insert.Parameters.AddWithValue("$description", style.Description);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void CheckTables(SqliteConnection connection, IReadOnlyList<GeoPackageLayerStyle> styles)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, column_name FROM gpkg_geometry_columns";
        var columns = new HashSet<(string, string)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var missing = styles.FirstOrDefault(s => !columns.Contains((s.TableName, s.GeometryColumn)));
        if (missing is not null)
        {
            throw new ArgumentException(
                $"'{missing.TableName}.{missing.GeometryColumn}' is not a geometry column of the GeoPackage.",
                nameof(styles)
            );
        }
    }
}
