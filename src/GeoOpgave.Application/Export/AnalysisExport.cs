using GeoOpgave.Application.Analysis;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoPackage;

namespace GeoOpgave.Application.Export;

/// <summary>An analysis ready to be written: the layer, the request and the file name and media type it will
/// have.</summary>
public sealed record AnalysisExport(ExportRequest Request, AnalysisResult Result, VectorLayer Layer)
{
    private const string GeometryColumn = "geom";

    /// <summary>E.g. <c>buurten-standaard-2024.gpkg</c>.</summary>
    public string FileName => $"buurten-{Result.Profile.Id}-{Result.Year}.{ExportFormats.Extension(Request.Format)}";

    public string ContentType => ExportFormats.ContentType(Request.Format);

    /// <summary>The same export as a collection file, with the overlap map's QGIS style when the request has a
    /// legend.</summary>
    public CollectionExport ToCollectionExport() => new(Request.Format, Layer, FileName, Request.Separator, Style());

    private GeoPackageLayerStyle? Style()
    {
        if (Request.Legend is not { } legend)
        {
            return null;
        }

        var names = Layer.Features.FirstOrDefault()?.Attributes?.GetNames() ?? [];
        return new GeoPackageLayerStyle(
            Layer.Name,
            GeometryColumn,
            "Overlap",
            OverlapStyleQml.Build(legend, names),
            $"Aantal urgente opgaven per buurt (profiel {Result.Profile.Id}, {Result.Year})");
    }
}
