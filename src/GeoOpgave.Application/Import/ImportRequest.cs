namespace GeoOpgave.Application.Import;

/// <summary>What to import and how; only <see cref="Path"/> is required.</summary>
/// <param name="Path">The file: .gpkg, .geojson/.json, .shp, .zip (a zipped shapefile), .csv or .tif/.tiff.</param>
public sealed record ImportRequest(string Path)
{
    /// <summary>The layer name to store under; default the file (or GeoPackage layer) name.</summary>
    public string? Name { get; init; }

    /// <summary>The GeoPackage layer (or the .shp inside a zip); null: all of them.</summary>
    public string? Layer { get; init; }

    /// <summary>The EPSG code of the source when the file says nothing or says it wrong.</summary>
    public int? Srid { get; init; }

    /// <summary>
    /// The year the data is about (peiljaar); for a code-joined table without a period column the year of its values
    /// (default the latest year with areas). Its codes match areas of any year.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>The CSV column with BU/WK/GM codes; setting it makes the CSV a code-joined table.</summary>
    public string? CodeColumn { get; init; }

    /// <summary>
    /// Bindings "ID=EXPR" of a code-joined table: catalogue indicator ID is filled with EXPR, a column or a small
    /// arithmetic expression over the table's columns (see <c>IndicatorExpression</c>).
    /// </summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>The CSV column with x (or longitude); setting it makes the CSV a point layer.</summary>
    public string? XColumn { get; init; }

    /// <summary>The CSV column with y (or latitude).</summary>
    public string? YColumn { get; init; }

    /// <summary>The text encoding of a CSV; null: UTF-8 when the file is valid UTF-8, else windows-1252 (said in the
    /// report).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// Told the fraction (0–1) of the source written so far while a point CSV streams in; other formats are read
    /// whole before they are written and report nothing until the import ends.
    /// </summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>
    /// Set: import the file as planned works (<c>--as-werken</c>), mapping its fields onto werksoort, period, owner,
    /// status and name. Lines, polygons, points (a CSV with x/y) or a CSV with a buurtcode column.
    /// </summary>
    public Werken.WerkenFields? Werken { get; init; }

    /// <summary>The werksoorten of <see cref="Werken"/>'s profile, resolved by the import.</summary>
    internal Core.Werken.WerksoortCatalogue? WerkenCatalogue { get; init; }

    /// <summary>The name the user knows the file by (an upload's original name); default the file name of
    /// <see cref="Path"/>.</summary>
    public string? SourceName { get; init; }
}
