namespace GeoOpgave.Core.Issues;

/// <summary>
/// The stable code of an issue, whoever finds it: a reader, an import, an aggregator or
/// <see cref="Geometries.RepairGeometry"/>. The names are part of the API, the stored validation reports and the
/// CLI output: add new kinds, never rename existing ones.
/// </summary>
public enum IssueKind
{
    /// <summary>The file (or a required side file such as a .dbf) does not exist.</summary>
    FileNotFound,

    /// <summary>The file is damaged, cut off or not valid in its format (bad JSON, truncated .shp, corrupt TIFF
    /// data).</summary>
    UnreadableFile,

    /// <summary>The file is not a SQLite database or lacks gpkg_contents.</summary>
    NotAGeoPackage,

    /// <summary>The requested GeoPackage layer does not exist.</summary>
    LayerNotFound,

    /// <summary>A geometry could not be decoded, or nothing was left of it after repair; the feature is left
    /// out.</summary>
    BrokenGeometry,

    /// <summary>A feature has no geometry (or a layer no geometry column).</summary>
    MissingGeometry,

    /// <summary>A geometry is empty.</summary>
    EmptyGeometry,

    /// <summary>A geometry type that is not allowed here (a point as a CBS area, a line as a zone).</summary>
    UnsupportedGeometry,

    /// <summary>An invalid geometry (e.g. a self-intersecting polygon) was repaired; the repair is used.</summary>
    Repaired,

    /// <summary>The source says nothing about its CRS (no .prj, srs_id -1, no GeoKeys).</summary>
    MissingCrs,

    /// <summary>The CRS is named but not recognised, or the coordinates cannot be in the declared CRS.</summary>
    UnknownCrs,

    /// <summary>The data lies outside the Netherlands after the transform to RD New (swapped axes, wrong
    /// CRS).</summary>
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

    /// <summary>A layer has no usable feature (or a map no usable area) after reading.</summary>
    EmptyLayer,

    /// <summary>An import of CBS areas replaces the areas and kerncijfers of those years (info).</summary>
    AreasReplaced,

    /// <summary>A layer of that name exists already.</summary>
    LayerExists,

    /// <summary>The workspace (or a download server) has no areas to bind the data to, or a kaart none of the
    /// gemeenten asked for.</summary>
    NoAreas,

    /// <summary>No code of a table matches an area of the workspace.</summary>
    NoMatchingAreas,

    /// <summary>Some codes of a table match no area; their rows are skipped.</summary>
    UnmatchedCodes,

    /// <summary>The years the values of a table hold (info).</summary>
    ValueYears,

    /// <summary>A column was recognised as the source of an indicator (info).</summary>
    ColumnRecognised,

    /// <summary>An indicator was bound to an expression over the columns (info).</summary>
    IndicatorBound,

    /// <summary>An indicator binding (--indicator) cannot be read or names an unknown column.</summary>
    InvalidBinding,

    /// <summary>Zeros that look like CBS secret or missing figures were read as unknown.</summary>
    SecretZeros,

    /// <summary>The size, cells and nodata of a raster (info).</summary>
    RasterSize,

    /// <summary>A GeoPackage fixes its own CRS, so a given --crs is ignored.</summary>
    CrsOverrideIgnored,

    /// <summary>So many issues were found that reading stopped.</summary>
    TooManyIssues,

    /// <summary>A download from a server failed.</summary>
    DownloadFailed,

    /// <summary>Works cannot be imported: the profile has no werksoorten, or the input is a raster.</summary>
    NoWerksoorten,

    /// <summary>A planned work has a werksoort the profile does not know.</summary>
    UnknownWerksoort,

    /// <summary>A planned work has no start year; it counts in every period.</summary>
    MissingPeriod,

    /// <summary>A planned work's years cannot be read or cannot be right (end before start, out of range).</summary>
    ImpossiblePeriod,

    /// <summary>The unit a source gives for a column's values (an ESDL profile's "GJ per jaar").</summary>
    ColumnUnit,

    /// <summary>Wijken or gemeenten that a kaart lacks were dissolved from its buurten (info).</summary>
    AreasDerived,

    /// <summary>The areas of other gemeenten than those asked for were left out of a kaart (info).</summary>
    OtherGemeentenSkipped,

    /// <summary>A given year cannot be right: outside the plausible range of years.</summary>
    YearOutOfRange,

    /// <summary>A table had no period column and no year was given: its values took the newest year.</summary>
    YearAssumed,

    /// <summary>A table replaces values of its year that another source (the CBS kaart, another layer) gave.</summary>
    ValuesReplaced,

    /// <summary>A table's values are of a year that the analysis of the newest boundary year never uses: after it, or
    /// older than the profile's maximum age allows.</summary>
    ValuesUnused,

    /// <summary>A layer lies wholly outside the workspace's buurten: most likely another gemeente's file.</summary>
    OutsideAreas,
}
