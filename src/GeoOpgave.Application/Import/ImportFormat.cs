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

    /// <summary>An ESDL energy system (Energietransitiemodel, Vesta MAIS): a table joined by area code.</summary>
    Esdl,
}
