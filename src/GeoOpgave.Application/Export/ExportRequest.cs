namespace GeoOpgave.Application.Export;

/// <summary>What to export: the latest analysis with one profiel, in one format.</summary>
/// <param name="Format">The file format.</param>
/// <param name="Profiel">The profile id; null for the default profile.</param>
/// <param name="Separator">The CSV field separator, ';' (with decimal comma) or ','; ignored by other formats.</param>
/// <param name="Legend">The overlap map's classes for the GeoPackage's QGIS style; null writes no style.</param>
public sealed record ExportRequest(
    ExportFormat Format,
    string? Profiel,
    char Separator = ';',
    OverlapLegend? Legend = null
);
