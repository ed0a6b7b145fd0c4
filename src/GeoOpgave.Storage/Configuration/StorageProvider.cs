namespace GeoOpgave.Storage.Configuration;

/// <summary>The database engines GeoOpgave can keep its workspace in.</summary>
public enum StorageProvider
{
    /// <summary>An embedded single-file database (the default); geometry as WKB blobs.</summary>
    Sqlite,

    /// <summary>PostgreSQL with PostGIS; geometry as geometry(Geometry, 28992).</summary>
    PostgreSql,
}
