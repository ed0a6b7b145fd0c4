using NetTopologySuite.Geometries;

namespace GeoOpgave.Core.Layers;

/// <summary>An imported layer's metadata, never its features: what the store keeps and the hosts show.</summary>
/// <param name="Id">The database id.</param>
/// <param name="Name">The unique name.</param>
/// <param name="Kind">Vector, raster, table or planned works.</param>
/// <param name="SourceFile">The file name it came from.</param>
/// <param name="Srid">Always RD New (28992).</param>
/// <param name="GeometryType">The geometry type(s), or null for a table.</param>
/// <param name="FeatureCount">How many features (rows for a table, 0 for a raster) were stored.</param>
/// <param name="Extent">The bounding box in RD New, or null.</param>
/// <param name="FieldsJson">The fields and their types as JSON.</param>
/// <param name="ReportJson">The import report as JSON.</param>
/// <param name="Year">The year, or null.</param>
/// <param name="CreatedAt">When the import landed (UTC).</param>
public sealed record ImportedLayer(
    long Id,
    string Name,
    LayerKind Kind,
    string SourceFile,
    int Srid,
    string? GeometryType,
    long FeatureCount,
    Envelope? Extent,
    string FieldsJson,
    string ReportJson,
    int? Year,
    DateTimeOffset CreatedAt);
