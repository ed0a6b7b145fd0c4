namespace GeoOpgave.Application.Export;

/// <summary>File extension and media type of each <see cref="ExportFormat"/>, and the format an output path asks
/// for.</summary>
public static class ExportFormats
{
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => "geojson",
        ExportFormat.Csv => "csv",
        _ => "gpkg",
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => "application/geo+json",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/geopackage+sqlite3",
    };

    /// <summary>The format of a file name's extension (.geojson or .json, .csv, .gpkg, any case); null for another
    /// one.</summary>
    public static ExportFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".GEOJSON" or ".JSON" => ExportFormat.GeoJson,
            ".CSV" => ExportFormat.Csv,
            ".GPKG" => ExportFormat.GeoPackage,
            _ => null,
        };
    }
}
