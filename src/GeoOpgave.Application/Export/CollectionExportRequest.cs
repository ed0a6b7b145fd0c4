namespace GeoOpgave.Application.Export;

/// <summary>What to export: one published collection, in one format.</summary>
/// <param name="Collection">The collection id: gemeenten, wijken, buurten, selecties or laag-….</param>
/// <param name="Format">The file format.</param>
/// <param name="Profiel">The profile of the buurten analysis; null for the default. Only buurten accept one.</param>
/// <param name="Year">The CBS year of gemeenten, wijken or buurten; null for the latest. Other collections refuse
/// one.</param>
/// <param name="Separator">The CSV separator, ';' (with decimal comma) or ','.</param>
/// <param name="Legend">The overlap classes for the buurten GeoPackage's QGIS style; null writes no style.</param>
public sealed record CollectionExportRequest(
    string Collection,
    ExportFormat Format,
    string? Profiel = null,
    int? Year = null,
    char Separator = ';',
    OverlapLegend? Legend = null
);
