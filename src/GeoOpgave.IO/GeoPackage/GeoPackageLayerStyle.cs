namespace GeoOpgave.IO.GeoPackage;

/// <summary>A QGIS style of one feature table, as a row of the GeoPackage's <c>layer_styles</c> table.</summary>
/// <param name="TableName">The feature table the style belongs to.</param>
/// <param name="GeometryColumn">The table's geometry column (GeoOpgave writes <c>geom</c>).</param>
/// <param name="StyleName">The name QGIS shows in its style manager.</param>
/// <param name="Qml">The QGIS style document (QML).</param>
/// <param name="Description">A one-line description; may be empty.</param>
/// <param name="UseAsDefault">Whether QGIS applies the style when the layer is opened.</param>
public sealed record GeoPackageLayerStyle(
    string TableName,
    string GeometryColumn,
    string StyleName,
    string Qml,
    string Description,
    bool UseAsDefault = true);
