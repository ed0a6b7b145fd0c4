using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;

namespace GeoOpgave.Application.Export;

/// <summary>A collection ready to be written as a file.</summary>
/// <param name="Format">The file format.</param>
/// <param name="Layer">The features (RD New); the layer name becomes the GeoPackage table.</param>
/// <param name="FileName">The file name a download gets, e.g. <c>wijken-2024.csv</c>.</param>
/// <param name="Separator">The CSV separator, ';' or ','.</param>
/// <param name="Style">A QGIS style stored with a GeoPackage; null for none.</param>
public sealed record CollectionExport(
    ExportFormat Format,
    VectorLayer Layer,
    string FileName,
    char Separator = ';',
    GeoPackageLayerStyle? Style = null
)
{
    public string ContentType => ExportFormats.ContentType(Format);
}
