using GeoOpgave.Application.Analysis;
using GeoOpgave.IO.Features;

namespace GeoOpgave.Application.Export;

/// <summary>An analysis ready to be written: the layer, the request and the file name and media type it will have.</summary>
public sealed record AnalysisExport(ExportRequest Request, AnalysisResult Result, VectorLayer Layer)
{
    /// <summary>E.g. <c>buurten-standaard-2024.gpkg</c>.</summary>
    public string FileName => $"buurten-{Result.Profile.Id}-{Result.Year}.{Extension}";

    public string ContentType => Request.Format switch
    {
        ExportFormat.GeoJson => "application/geo+json",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/geopackage+sqlite3",
    };

    private string Extension => Request.Format switch
    {
        ExportFormat.GeoJson => "geojson",
        ExportFormat.Csv => "csv",
        _ => "gpkg",
    };
}
