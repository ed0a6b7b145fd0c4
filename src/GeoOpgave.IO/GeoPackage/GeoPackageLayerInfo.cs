namespace GeoOpgave.IO.GeoPackage;

/// <summary>What gpkg_contents and gpkg_geometry_columns say about one feature table.</summary>
/// <param name="Name">The table name.</param>
/// <param name="GeometryColumn">The geometry column, or null when gpkg_geometry_columns has no row for it.</param>
/// <param name="GeometryType">The declared geometry type (POLYGON, MULTIPOLYGON, …), or null.</param>
/// <param name="SrsId">The srs_id of gpkg_geometry_columns (falling back on gpkg_contents), or null.</param>
public sealed record GeoPackageLayerInfo(string Name, string? GeometryColumn, string? GeometryType, int? SrsId);
