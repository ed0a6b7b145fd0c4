namespace GeoOpgave.Application.Import;

/// <summary>Recognises an import's format from its file name.</summary>
public static class ImportFormats
{
    /// <summary>The format of a file name (case-insensitive; .shp.zip and .zip are both a zipped shapefile).</summary>
    public static ImportFormat Detect(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".GPKG" => ImportFormat.GeoPackage,
            ".GEOJSON" or ".JSON" => ImportFormat.GeoJson,
            ".SHP" => ImportFormat.Shapefile,
            ".ZIP" => ImportFormat.ZippedShapefile,
            ".CSV" or ".TXT" => ImportFormat.Csv,
            ".TIF" or ".TIFF" => ImportFormat.GeoTiff,
            ".ESDL" => ImportFormat.Esdl,
            _ => ImportFormat.Unknown,
        };
    }
}
