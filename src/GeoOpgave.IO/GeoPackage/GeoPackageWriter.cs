using System.Globalization;
using GeoOpgave.Core.Crs;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Files;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.IO.GeoPackage;

/// <summary>
/// Writes vector layers to a new OGC GeoPackage file (user_version 1.3, which 1.4 readers read unchanged): one feature
/// table per layer with an integer <c>fid</c>, a <c>geom</c> column in GeoPackage binary (with envelope), attribute
/// columns typed from their values (TEXT, INTEGER, REAL, BOOLEAN) and an R-tree spatial index.
/// </summary>
public static class GeoPackageWriter
{
    private const string FidColumn = "fid";
    private const string GeometryColumn = "geom";

    /// <summary>Writes the layers, stamping <c>gpkg_contents.last_change</c> with the current UTC time.</summary>
    /// <inheritdoc cref="Write(string, IReadOnlyList{VectorLayer}, TimeProvider)"/>
    public static void Write(string path, IReadOnlyList<VectorLayer> layers) =>
        Write(path, layers, TimeProvider.System);

    /// <summary>
    /// Writes the layers to <paramref name="path"/>, replacing any file there. The file is built under a temporary
    /// name next to it and moved into place at the end, so a failure leaves no partial GeoPackage behind.
    /// Each layer keeps its own SRID (RD New 28992 and WGS84 4326 get their EPSG WKT); null attribute values are
    /// SQL NULL, NaN and infinity too.
    /// </summary>
    /// <param name="path">The .gpkg file to create.</param>
    /// <param name="layers">Layers with unique names; a layer name becomes the table name.</param>
    /// <param name="timeProvider">The clock of <c>last_change</c> (a fixed one gives reproducible bytes).</param>
    /// <exception cref="ArgumentException">Duplicate or reserved layer names, an unknown SRID, or an attribute named
    /// fid/geom.</exception>
    public static void Write(string path, IReadOnlyList<VectorLayer> layers, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(timeProvider);
        CheckLayerNames(layers);

        var lastChange = timeProvider
            .GetUtcNow()
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        AtomicFile.Write(path, temporary =>
        {
            try
            {
                WriteDatabase(temporary, layers, lastChange);
            }
            finally
            {
                // SQLite leaves its rollback journal beside the database when a write fails half-way.
                File.Delete(temporary + "-journal");
            }
        });
    }

    private static void WriteDatabase(string file, IReadOnlyList<VectorLayer> layers, string lastChange)
    {
        using var connection = GeoPackageConnection.Open(file, SqliteOpenMode.ReadWriteCreate);
        Execute(
            connection,
            $"PRAGMA application_id = {GeoPackageWriterSchema.ApplicationId}; PRAGMA user_version = {GeoPackageWriterSchema.UserVersion};"
        );
        using var transaction = connection.BeginTransaction();
        Execute(connection, GeoPackageWriterSchema.CoreTables);
        Execute(connection, GeoPackageWriterSchema.UndefinedCartesian);
        Execute(connection, GeoPackageWriterSchema.UndefinedGeographic);
        InsertSpatialReference(connection, Srid.Wgs84, "WGS 84 geodetic", GeoPackageWriterSchema.Wgs84Wkt);
        foreach (var srid in layers.Select(l => l.Srid).Where(s => s is not (Srid.Wgs84 or 0 or -1)).Distinct().Order())
        {
            InsertSpatialReference(connection, srid, SrsName(srid), SrsWkt(srid));
        }

        foreach (var layer in layers)
        {
            GeoPackageWriterLayer.Write(connection, layer, FidColumn, GeometryColumn, lastChange);
        }

        transaction.Commit();
    }

    private static void CheckLayerNames(IReadOnlyList<VectorLayer> layers)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in layers)
        {
            if (string.IsNullOrWhiteSpace(layer.Name) || !seen.Add(layer.Name)
                || layer.Name.StartsWith("gpkg_", StringComparison.OrdinalIgnoreCase)
                || layer.Name.StartsWith("rtree_", StringComparison.OrdinalIgnoreCase)
                || layer.Name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"Layer name '{layer.Name}' is empty, reserved or used twice.",
                    nameof(layers)
                );
            }
        }
    }

    private static string SrsName(int srid) => srid == Srid.RdNew ? "Amersfoort / RD New" : $"EPSG:{srid}";

    private static string SrsWkt(int srid) => srid == Srid.RdNew
        ? CoordinateSystems.RdNewWkt
        : CoordinateSystems.FromSrid(srid)?.WKT
          ?? throw new ArgumentException($"SRID {srid} is not a coordinate system GeoOpgave knows.", nameof(srid));

    private static void InsertSpatialReference(SqliteConnection connection, int srid, string name, string wkt)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, 'EPSG', $id, $wkt, NULL)";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$id", srid);
        command.Parameters.AddWithValue("$wkt", wkt);
        command.ExecuteNonQuery();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static byte[] ToBlob(Geometry geometry, int srid)
    {
        if (geometry.SRID != srid)
        {
            geometry = geometry.Copy();
            geometry.SRID = srid;
        }

        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(geometry);
    }
}
