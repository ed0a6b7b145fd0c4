using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Exports;

/// <summary>The route table of the exports: the analysed buurten, or any published collection, as a GeoJSON, CSV or
/// GeoPackage download.</summary>
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
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .RequireAuthorization(Policies.Lezen)
            .WithTags("Exports")
            .Describe(
                "ExportBuurten",
                "De analyse per buurt als download: geojson (WGS84), csv (separator ; of ,) of gpkg (RD New, met QGIS-stijl).",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound
            );
        app.MapGet("/api/exports/collections/{collectionId}.{format}", GetCollectionExportAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .RequireAuthorization(Policies.Lezen)
            .WithTags("Exports")
            .Describe(
                "ExportCollection",
                "Een collectie van /ogc/collections (gemeenten, wijken, buurten, selecties, laag-…) als download; ?year=, bij buurten ?profiel=.",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound
            );
        return app;
    }

    /// <summary>The CSV separator a <c>separator</c> parameter names (';' when absent); null for one that is not
    /// supported.</summary>
    public static char? ParseSeparator(string? separator) =>
        string.IsNullOrEmpty(separator) ? ';' : Separators.TryGetValue(separator, out var c) ? c : null;

    /// <summary>The 400 of an unsupported <c>separator</c>.</summary>
    public static ProblemHttpResult BadSeparator(string separator) =>
        Problems.BadParameter(
            "scheidingsteken-ongeldig",
            "separator",
            $"Het scheidingsteken '{separator}' wordt niet ondersteund; kies ';' of ','."
        );

    /// <summary>
    /// The download, or 400 problem+json for an unknown format or separator and 404 for an unknown profiel
    /// (as <c>/api/buurten</c> answers it).
    /// </summary>
    public static Task<Results<ExportFileResult, ProblemHttpResult>> GetBuurtenExportAsync(
        [AsParameters] ExportParameters export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return ExportAsync(
            export,
            "buurten",
            async (exportFormat, separatorChar, legend) => (
                await export.Exports.PrepareAsync(
                    new ExportRequest(exportFormat, export.Profiel, separatorChar, legend),
                    export.CancellationToken
                )
            ).ToCollectionExport(),
            new Dictionary<string, object?> { ["profiel"] = export.Profiel }
        );
    }

    /// <summary>
    /// A collection as a download named like <c>wijken-2024.gpkg</c>: 400 problem+json for an unknown format or
    /// separator or a parameter the collection does not take, 404 for an unknown collection, profiel or year.
    /// </summary>
    public static Task<Results<ExportFileResult, ProblemHttpResult>> GetCollectionExportAsync(
        string collectionId, int? year, [AsParameters] ExportParameters export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return ExportAsync(
            export,
            collectionId,
            (exportFormat, separatorChar, legend) => export.Exports.PrepareCollectionAsync(
                new CollectionExportRequest(collectionId, exportFormat, export.Profiel, year, separatorChar, legend),
                export.CancellationToken
            ),
            new Dictionary<string, object?> { ["profiel"] = export.Profiel, ["jaar"] = year }
        );
    }

    /// <summary>
    /// The one route of every export: 400 for an unknown format or separator, else the export
    /// <paramref name="prepare"/> makes, recorded in the audit log as <paramref name="name"/> with its format.
    /// </summary>
    private static async Task<Results<ExportFileResult, ProblemHttpResult>> ExportAsync(
        ExportParameters export,
        string name,
        Func<ExportFormat, char, OverlapLegend, Task<CollectionExport>> prepare,
        Dictionary<string, object?> details
    )
    {
        if (Check(export.Format, export.Separator) is { } problem)
        {
            return problem;
        }

        var legend = new OverlapLegend(OverlapPalette.Colours, OverlapPalette.OnbekendColour);
        var prepared = await prepare(Formats[export.Format], ParseSeparator(export.Separator)!.Value, legend);
        // An export changes nothing in the database: its entry has no change to share a transaction with and is
        // appended alone.
        await export.Audit.RecordAsync(
            AuditActions.Exported,
            $"{name}.{export.Format}",
            details,
            export.CancellationToken
        );
        return new ExportFileResult(prepared);
    }

    private static ProblemHttpResult? Check(string format, string? separator)
    {
        if (!Formats.ContainsKey(format))
        {
            return Problems.BadParameter(
                "formaat-onbekend",
                "format",
                $"Het formaat '{format}' bestaat niet; kies geojson, csv of gpkg."
            );
        }

        return ParseSeparator(separator) is null ? BadSeparator(separator!) : null;
    }
}
