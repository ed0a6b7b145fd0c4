using GeoOpgave.Application;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Exports;

/// <summary>The route table of the exports: the analysed buurten as a GeoJSON, CSV or GeoPackage download.</summary>
public static class ExportEndpoints
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["geojson"] = ExportFormat.GeoJson,
        ["csv"] = ExportFormat.Csv,
        ["gpkg"] = ExportFormat.GeoPackage,
    };

    private static readonly Dictionary<string, char> Separators = new(StringComparer.OrdinalIgnoreCase)
    {
        [";"] = ';', ["semicolon"] = ';', ["puntkomma"] = ';', [","] = ',', ["comma"] = ',', ["komma"] = ',',
    };

    /// <summary>Maps <c>GET /api/exports/buurten.{format}</c>.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exports/buurten.{format}", GetBuurtenExportAsync)
            .RequireAuthorization(Policies.Lezen)
            .WithTags("Exports")
            .WithName("ExportBuurten")
            .WithSummary("De analyse per buurt als download: geojson (WGS84), csv (separator ; of ,) of gpkg (RD New, met QGIS-stijl).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>
    /// The download, or 400 problem+json for an unknown format or separator and 404 for an unknown profiel
    /// (as <c>/api/buurten</c> answers it).
    /// </summary>
    public static async Task<Results<ExportFileResult, ProblemHttpResult>> GetBuurtenExportAsync(
        string format, string? profiel, string? separator, ExportService exports, AuditLog audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(audit);
        if (!Formats.TryGetValue(format, out var exportFormat))
        {
            return OgcProblems.BadParameter("formaat-onbekend", "format", $"Het formaat '{format}' bestaat niet; kies geojson, csv of gpkg.");
        }

        var separatorChar = ';';
        if (!string.IsNullOrEmpty(separator) && !Separators.TryGetValue(separator, out separatorChar))
        {
            return OgcProblems.BadParameter("scheidingsteken-ongeldig", "separator", $"Het scheidingsteken '{separator}' wordt niet ondersteund; kies ';' of ','.");
        }

        var legend = new OverlapLegend(OverlapPalette.Colours, OverlapPalette.OnbekendColour);
        try
        {
            var export = await exports.PrepareAsync(new ExportRequest(exportFormat, profiel, separatorChar, legend), cancellationToken);
            await audit.RecordAsync(AuditActions.Exported, $"buurten.{format}", new Dictionary<string, object?> { ["profiel"] = profiel }, cancellationToken);
            return new ExportFileResult(export);
        }
        catch (GeoOpgaveException e) when (e.Code is "profiel-onbekend" or "geen-buurten")
        {
            return OgcProblems.NotFound(e.Code, e.Message);
        }
    }
}
