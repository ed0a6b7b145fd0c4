using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Web.Api.Ogc;
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
            .WithName("ExportBuurten")
            .WithSummary(
                "De analyse per buurt als download: geojson (WGS84), csv (separator ; of ,) of gpkg (RD New, met QGIS-stijl)."
            )
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        app.MapGet("/api/exports/collections/{collectionId}.{format}", GetCollectionExportAsync)
            .RequireRateLimiting(SecurityServiceCollectionExtensions.HeavyRateLimit)
            .RequireAuthorization(Policies.Lezen)
            .WithTags("Exports")
            .WithName("ExportCollection")
            .WithSummary(
                "Een collectie van /ogc/collections (gemeenten, wijken, buurten, selecties, laag-…) als download; ?year=, bij buurten ?profiel=."
            )
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The CSV separator a <c>separator</c> parameter names (';' when absent); null for one that is not
    /// supported.</summary>
    public static char? ParseSeparator(string? separator) =>
        string.IsNullOrEmpty(separator) ? ';' : Separators.TryGetValue(separator, out var c) ? c : null;

    /// <summary>The 400 of an unsupported <c>separator</c>.</summary>
    public static ProblemHttpResult BadSeparator(string separator) =>
        OgcProblems.BadParameter(
            "scheidingsteken-ongeldig",
            "separator",
            $"Het scheidingsteken '{separator}' wordt niet ondersteund; kies ';' of ','."
        );

    /// <summary>
    /// The download, or 400 problem+json for an unknown format or separator and 404 for an unknown profiel
    /// (as <c>/api/buurten</c> answers it).
    /// </summary>
    public static async Task<Results<ExportFileResult, ProblemHttpResult>> GetBuurtenExportAsync(
        string format,
        string? profiel,
        string? separator,
        ExportService exports,
        AuditLog audit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(exports);
        return await ExportAsync(
            format,
            separator,
            async (exportFormat, separatorChar, legend) => (
                await exports.PrepareAsync(
                    new ExportRequest(exportFormat, profiel, separatorChar, legend),
                    cancellationToken
                )
            ).ToCollectionExport(),
            audit,
            $"buurten.{format}",
            new Dictionary<string, object?> { ["profiel"] = profiel },
            cancellationToken
        );
    }

    /// <summary>
    /// A collection as a download named like <c>wijken-2024.gpkg</c>: 400 problem+json for an unknown format or
    /// separator or a parameter the collection does not take, 404 for an unknown collection, profiel or year.
    /// </summary>
    public static async Task<Results<ExportFileResult, ProblemHttpResult>> GetCollectionExportAsync(
        string collectionId,
        string format,
        string? profiel,
        int? year,
        string? separator,
        ExportService exports,
        AuditLog audit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(exports);
        return await ExportAsync(
            format,
            separator,
            (exportFormat, separatorChar, legend) => exports.PrepareCollectionAsync(
                new CollectionExportRequest(collectionId, exportFormat, profiel, year, separatorChar, legend),
                cancellationToken
            ),
            audit,
            $"{collectionId}.{format}",
            new Dictionary<string, object?> { ["profiel"] = profiel, ["jaar"] = year },
            cancellationToken
        );
    }

    /// <summary>
    /// The one route of every export: 400 for an unknown format or separator, else the export
    /// <paramref name="prepare"/> makes, recorded in the audit log as <paramref name="target"/>.
    /// </summary>
    private static async Task<Results<ExportFileResult, ProblemHttpResult>> ExportAsync(
        string format,
        string? separator,
        Func<ExportFormat, char, OverlapLegend, Task<CollectionExport>> prepare,
        AuditLog audit,
        string target,
        Dictionary<string, object?> details,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (Check(format, separator) is { } problem)
        {
            return problem;
        }

        var legend = new OverlapLegend(OverlapPalette.Colours, OverlapPalette.OnbekendColour);
        var export = await prepare(Formats[format], ParseSeparator(separator)!.Value, legend);
        // An export changes nothing in the database: its entry has no change to share a transaction with and is
        // appended alone.
        await audit.RecordAsync(AuditActions.Exported, target, details, cancellationToken);
        return new ExportFileResult(export);
    }

    private static ProblemHttpResult? Check(string format, string? separator)
    {
        if (!Formats.ContainsKey(format))
        {
            return OgcProblems.BadParameter(
                "formaat-onbekend",
                "format",
                $"Het formaat '{format}' bestaat niet; kies geojson, csv of gpkg."
            );
        }

        return ParseSeparator(separator) is null ? BadSeparator(separator!) : null;
    }
}
