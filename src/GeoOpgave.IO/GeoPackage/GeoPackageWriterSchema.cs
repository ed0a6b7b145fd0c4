namespace GeoOpgave.IO.GeoPackage;

/// <summary>The fixed SQL of an OGC GeoPackage (Annex C table definitions, Annex L R-tree extension; unchanged from 1.3
/// to 1.4).</summary>
internal static class GeoPackageWriterSchema
{
    /// <summary>'GPKG' as the big-endian integer SQLite keeps in its header.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>
    /// GeoPackage 1.3. What is written (core tables, features, R-tree extension) is the same in 1.4, but GDAL before
    /// 3.7 (Debian bookworm ships 3.6) warns that a 10400 file "may only be partially supported".
    /// </summary>
    public const int UserVersion = 10300;

    public const string CoreTables = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT);
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (
          table_name TEXT,
          column_name TEXT,
          extension_name TEXT NOT NULL,
          definition TEXT NOT NULL,
          scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        """;

    public const string UndefinedCartesian =
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')";

    public const string UndefinedGeographic =
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')";

    public const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
        + "AUTHORITY[\"EPSG\",\"4326\"]]";

    public const string RtreeExtensionDefinition = "http://www.geopackage.org/spec120/#extension_rtree";

    /// <summary>The R-tree virtual table of a geometry column.</summary>
    public static string RtreeTableSql(string table, string column) =>
        $"CREATE VIRTUAL TABLE {Quote($"rtree_{table}_{column}")} USING rtree(id, minx, maxx, miny, maxy)";

    /// <summary>
    /// The Annex L triggers that keep the R-tree in step with later edits. They call the ST_ functions a GeoPackage
    /// client provides, which plain SQLite lacks, so they are created after the rows are in.
    /// </summary>
    public static string RtreeTriggersSql(string table, string column, string fid)
    {
        var t = Quote(table);
        var c = Quote(column);
        var r = Quote($"rtree_{table}_{column}");
        var p = $"rtree_{table}_{column}";
        var bounds = $"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})";
        var hasNew = $"(NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))";
        return $"""
            CREATE TRIGGER {Quote(p + "_insert")} AFTER INSERT ON {t} WHEN {hasNew}
            BEGIN INSERT OR REPLACE INTO {r} VALUES (NEW.{fid}, {bounds}); END;
            CREATE TRIGGER {Quote(p + "_update6")} AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{fid} = NEW.{fid} AND {hasNew} AND (OLD.{c} NOTNULL AND NOT ST_IsEmpty(OLD.{c}))
            BEGIN UPDATE {r} SET minx = ST_MinX(NEW.{c}), maxx = ST_MaxX(NEW.{c}), miny = ST_MinY(NEW.{c}), maxy = ST_MaxY(NEW.{c}) WHERE id = NEW.{fid}; END;
            CREATE TRIGGER {Quote(p + "_update7")} AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{fid} = NEW.{fid} AND {hasNew} AND (OLD.{c} ISNULL OR ST_IsEmpty(OLD.{c}))
            BEGIN INSERT INTO {r} VALUES (NEW.{fid}, {bounds}); END;
            CREATE TRIGGER {Quote(p + "_update2")} AFTER UPDATE OF {c} ON {t}
            WHEN OLD.{fid} = NEW.{fid} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {r} WHERE id = OLD.{fid}; END;
            CREATE TRIGGER {Quote(p + "_update5")} AFTER UPDATE ON {t} WHEN OLD.{fid} != NEW.{fid} AND {hasNew}
            BEGIN DELETE FROM {r} WHERE id = OLD.{fid}; INSERT OR REPLACE INTO {r} VALUES (NEW.{fid}, {bounds}); END;
            CREATE TRIGGER {Quote(
                p + "_update3"
            )} AFTER UPDATE ON {t} WHEN OLD.{fid} != NEW.{fid} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM {r} WHERE id IN (OLD.{fid}, NEW.{fid}); END;
            CREATE TRIGGER {Quote(p + "_delete")} AFTER DELETE ON {t} WHEN OLD.{c} NOT NULL
            BEGIN DELETE FROM {r} WHERE id = OLD.{fid}; END;
            """;
    }

    /// <summary>An SQL identifier in double quotes, embedded quotes doubled.</summary>
    public static string Quote(string identifier) =>
        "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
