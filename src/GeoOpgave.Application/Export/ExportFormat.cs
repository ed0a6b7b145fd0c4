namespace GeoOpgave.Application.Export;

/// <summary>The file formats the analysis can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>RFC 7946 GeoJSON in WGS84.</summary>
    GeoJson,

    /// <summary>A CSV table of the attributes, without geometry.</summary>
    Csv,

    /// <summary>An OGC GeoPackage in RD New with a QGIS style of the overlap map.</summary>
    GeoPackage,
}
