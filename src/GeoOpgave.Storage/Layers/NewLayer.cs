using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Layers;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Layers;

/// <summary>The metadata of a layer to store; the features (if any) are passed beside it.</summary>
/// <param name="Name">The unique layer name.</param>
/// <param name="Kind">Vector, raster or table.</param>
/// <param name="SourceFile">The file name it came from (no folder).</param>
/// <param name="GeometryType">The geometry type(s), e.g. "Polygon" or "Point, MultiPoint"; null for a table.</param>
/// <param name="Extent">The bounding box in RD New (EPSG:28992) metres; null when there is no geometry.</param>
/// <param name="FieldsJson">The fields and their types as JSON.</param>
/// <param name="ReportJson">The import report as JSON.</param>
/// <param name="Year">The year the data is about, or null.</param>
public sealed record NewLayer(
    string Name,
    LayerKind Kind,
    string SourceFile,
    string? GeometryType,
    Envelope? Extent,
    string FieldsJson,
    string ReportJson,
    int? Year)
{
    /// <summary>The GeoTIFF bytes of a raster layer; null for other kinds.</summary>
    public byte[]? RasterData { get; init; }

    /// <summary>The number of features or rows when nothing is passed as features (a table's matched rows).</summary>
    public long? FeatureCountOverride { get; init; }

    /// <summary>
    /// Indicator values that land with the layer (a code-joined table's values); each replaces a stored value
    /// of the same area, indicator and year. Empty for other kinds.
    /// </summary>
    public IReadOnlyList<IndicatorValue> IndicatorValues { get; init; } = [];

    /// <summary>The bindings this import makes (a table's <c>--indicator ID=EXPR</c>); their values are in
    /// <see cref="IndicatorValues"/>.</summary>
    public IReadOnlyList<Indicators.IndicatorBinding> Bindings { get; init; } = [];
}
