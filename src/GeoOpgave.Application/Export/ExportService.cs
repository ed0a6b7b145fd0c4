using GeoOpgave.Application.Analysis;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.GeoJson;
using GeoOpgave.IO.GeoPackage;

namespace GeoOpgave.Application.Export;

/// <summary>
/// Exports the latest analysis of the workspace as GeoJSON (WGS84), CSV (attributes) or GeoPackage (RD New, with the
/// overlap map's QGIS style): the use case behind <c>/api/exports</c> and <c>geoopgave export</c>.
/// </summary>
public sealed class ExportService(AnalysisService analysis)
{
    private const string GeometryColumn = "geom";

    /// <summary>Runs the analysis the export needs, so failures surface before any byte is written.</summary>
    /// <exception cref="GeoOpgaveException">An unknown profiel, an empty workspace or an unsupported CSV separator.</exception>
    public async Task<AnalysisExport> PrepareAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Format == ExportFormat.Csv && request.Separator is not (';' or ','))
        {
            throw new GeoOpgaveException("scheidingsteken-ongeldig", $"Het scheidingsteken '{request.Separator}' wordt niet ondersteund; kies ';' of ','.");
        }

        var result = await analysis.AnalyseAsync(request.Profiel, cancellationToken);
        return new AnalysisExport(request, result, AnalysisLayer.Build(result));
    }

    /// <summary>Writes the prepared export to <paramref name="output"/>, which is left open.</summary>
    public static async Task WriteAsync(AnalysisExport export, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(output);
        switch (export.Request.Format)
        {
            case ExportFormat.GeoJson:
                await GeoJsonWriter.WriteAsync(output, export.Layer, cancellationToken);
                break;
            case ExportFormat.Csv:
                var options = export.Request.Separator == ',' ? CsvWriterOptions.Comma : CsvWriterOptions.Semicolon;
                await CsvWriter.WriteAsync(output, export.Layer, options, cancellationToken);
                break;
            default:
                await WriteGeoPackageAsync(export, output, cancellationToken);
                break;
        }
    }

    // A GeoPackage is an SQLite database and needs a file; it is built in the temp folder and streamed from there.
    private static async Task WriteGeoPackageAsync(AnalysisExport export, Stream output, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geoopgave-export-{Guid.NewGuid():N}.gpkg");
        try
        {
            GeoPackageWriter.Write(path, [export.Layer]);
            if (export.Request.Legend is { } legend)
            {
                GeoPackageStyles.Write(path, [Style(export, legend)]);
            }

            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await file.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static GeoPackageLayerStyle Style(AnalysisExport export, OverlapLegend legend)
    {
        var names = export.Layer.Features.FirstOrDefault()?.Attributes?.GetNames() ?? [];
        return new GeoPackageLayerStyle(
            export.Layer.Name,
            GeometryColumn,
            "Overlap",
            OverlapStyleQml.Build(legend, names),
            $"Aantal urgente opgaven per buurt (profiel {export.Result.Profile.Id}, {export.Result.Year})");
    }
}
