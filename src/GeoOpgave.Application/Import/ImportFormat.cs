namespace GeoOpgave.Application.Import;

/// <summary>The file formats an import recognises by extension.</summary>
public enum ImportFormat
{
    Unknown,
    GeoPackage,
    GeoJson,
    Shapefile,
    ZippedShapefile,
    Csv,
    GeoTiff,
}
