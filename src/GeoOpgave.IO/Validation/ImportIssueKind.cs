namespace GeoOpgave.IO.Validation;

/// <summary>
/// The stable code of an <see cref="ImportIssue"/>. The names are part of the API and the validation
/// report: add new kinds, never rename existing ones.
/// </summary>
public enum ImportIssueKind
{
    /// <summary>The file (or a required side file such as a .dbf) does not exist.</summary>
    FileNotFound,

    /// <summary>The file is damaged, cut off or not valid in its format (bad JSON, truncated .shp, corrupt TIFF data).</summary>
    UnreadableFile,

    /// <summary>The file is not a SQLite database or lacks gpkg_contents.</summary>
    NotAGeoPackage,

    /// <summary>The requested GeoPackage layer does not exist.</summary>
    LayerNotFound,

    /// <summary>A geometry could not be decoded; the feature is left out.</summary>
    BrokenGeometry,

    /// <summary>A feature has no geometry (or a layer no geometry column).</summary>
    MissingGeometry,

    /// <summary>A geometry is empty.</summary>
    EmptyGeometry,

    /// <summary>A geometry type that is not allowed here (e.g. a point as a CBS area).</summary>
    UnsupportedGeometry,

    /// <summary>An invalid geometry was repaired (a warning: the area is kept).</summary>
    Repaired,

    /// <summary>The source says nothing about its CRS (no .prj, srs_id -1, no GeoKeys).</summary>
    MissingCrs,

    /// <summary>The CRS is named but not recognised, or the coordinates cannot be in the declared CRS.</summary>
    UnknownCrs,

    /// <summary>The data lies outside the Netherlands after the transform to RD New (swapped axes, wrong CRS).</summary>
    OutsideNetherlands,

    /// <summary>A cell that must be a number is not.</summary>
    NotANumber,

    /// <summary>An area code is not a valid CBS code of the layer's level.</summary>
    InvalidCode,

    /// <summary>An area code occurs more than once; only the first counts.</summary>
    DuplicateCode,

    /// <summary>A required field or column is missing (coordinates, CBS codes).</summary>
    MissingField,

    /// <summary>An area has no name; its code is used instead.</summary>
    MissingName,

    /// <summary>The year of a CBS indeling is neither in the file nor given.</summary>
    MissingYear,

    /// <summary>The given year differs from the year in the file.</summary>
    YearMismatch,

    /// <summary>How many values of a field were CBS sentinels and became unknown (info).</summary>
    MissingValues,

    /// <summary>The file type or its content structure is not supported.</summary>
    UnsupportedFormat,

    /// <summary>The input is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>A raster has no usable georeferencing (or is rotated).</summary>
    MissingGeoreference,

    /// <summary>A recognised CRS that this input may not have (a raster outside RD New).</summary>
    UnsupportedCrs,

    /// <summary>The text encoding of a file was detected or is wrong (e.g. windows-1252 instead of UTF-8).</summary>
    TextEncoding,
}
