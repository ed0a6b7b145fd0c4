using System.Text.Json;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Layers;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The layers API: upload a file to import it (multipart, field <c>file</c>), list, show and delete layers.
/// Errors are problem+json with a stable <c>code</c>: <c>upload-te-groot</c> (413), <c>bestand-ontbreekt</c> (400),
/// <c>import-afgewezen</c> (422, with the reports in <c>reports</c>), <c>import-bezig</c> (429, another import of the
/// workspace is running), <c>laag-onbekend</c> (404).
/// </summary>
public static class LayersEndpoints
{
    // Multipart boundaries and the other form fields come on top of the file itself.
    private const long FormOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapLayers(this IEndpointRouteBuilder app)
    {
        var layers = app.MapGroup("/api/layers").WithTags("Lagen").RequireAuthorization(Policies.Lezen);
        layers.MapPost("/", UploadAsync).DisableAntiforgery().RequireAuthorization(Policies.Analist).Describe(
            "ImportLayer",
            "Importeer een bestand (multipart, veld 'file') als laag, of met areas=true (en gemeente=GM…) een wijk- en "
                + "buurtkaart als de gebieden; geeft het importrapport.",
            StatusCodes.Status400BadRequest,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status422UnprocessableEntity,
            StatusCodes.Status429TooManyRequests
        );
        layers.MapGet("/", ListAsync).Describe("ListLayers", "Alle geïmporteerde lagen.");
        layers.MapGet("/{id:long}", GetAsync)
            .Describe("GetLayer", "Een laag met velden en importrapport.", StatusCodes.Status404NotFound);
        layers.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Analist)
            .Describe("DeleteLayer", "Verwijder een laag.", StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>A layer import answers 201 with the layers; an areas import (areas=true) 200 with its report, since it
    /// makes no layer.</summary>
    public static async Task<Results<Created<UploadResponse>, Ok<UploadResponse>, ProblemHttpResult>> UploadAsync(
        HttpContext context,
        ImportService import,
        AreaImportService areaImports,
        IOptions<ImportOptions> options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(areaImports);
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit + FormOverheadBytes || !context.Request.HasFormContentType)
        {
            return context.Request.HasFormContentType
                ? TooLarge(limit)
                : Problems.Of(
                    StatusCodes.Status400BadRequest,
                    "bestand-ontbreekt",
                    "Stuur het bestand als multipart/form-data in het veld 'file'."
                );
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + FormOverheadBytes;
        }

        context.Features.Set<IFormFeature>(
            new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit })
        );
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e)
            when (e is InvalidDataException
                || (e is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            )
        {
            return TooLarge(limit);
        }

        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
        {
            return Problems.Of(
                StatusCodes.Status400BadRequest,
                "bestand-ontbreekt",
                "Er is geen bestand meegestuurd (veld 'file')."
            );
        }

        var (fields, fieldError) = UploadFields.Parse(form);
        var (asAreas, gemeenten, areasError) = UploadFields.ParseAreas(form);
        if (fields is null || areasError is not null)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "parameter-ongeldig", fieldError ?? areasError!);
        }

        var result = await ImportUploadAsync(
            file,
            options.Value,
            (path, name) => asAreas
                ? areaImports.ImportAsync(
                    [new AreaKaart(path, fields.Year, name) { Gemeenten = gemeenten }],
                    cancellationToken)
                : import.ImportAsync(fields with { Path = path, SourceName = name }, cancellationToken),
            cancellationToken);
        if (!result.Imported)
        {
            return Problems.Of(
                StatusCodes.Status422UnprocessableEntity,
                "import-afgewezen",
                "Het bestand is afgewezen; er is niets veranderd. Zie het rapport voor wat er mis is en waar.",
                extra: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reports"] = result.Reports }
            );
        }

        var response = new UploadResponse(result.Layers.Select(LayerResponse.From).ToList(), result.Reports);
        return asAreas
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/layers/{response.Layers[0].Id}", response);
    }

    public static async Task<Ok<IReadOnlyList<LayerResponse>>> ListAsync(
        LayerService layers,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(layers);
        var list = await layers.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<LayerResponse>>(list.Select(LayerResponse.From).ToList());
    }

    public static async Task<Results<Ok<LayerDetailResponse>, ProblemHttpResult>> GetAsync(
        long id,
        LayerService layers,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(layers);
        return await layers.GetAsync(id, cancellationToken) is { } layer
            ? TypedResults.Ok(
                new LayerDetailResponse(
                    LayerResponse.From(layer),
                    ParseJson(layer.FieldsJson),
                    ParseJson(layer.ReportJson)
                )
            )
            : UnknownLayer(id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id,
        LayerService layers,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(layers);
        return await layers.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : UnknownLayer(id);
    }

    // The upload is written to a temporary file for the import (see UploadTempFile); the import names the file as the
    // user knows it.
    private static async Task<ImportResult> ImportUploadAsync(
        IFormFile file,
        ImportOptions options,
        Func<string, string, Task<ImportResult>> importFile,
        CancellationToken cancellationToken
    )
    {
        var fileName = Path.GetFileName(file.FileName);
        using var upload = new UploadTempFile(options, fileName);
        await using (var target = File.Create(upload.Path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        return await importFile(upload.Path, fileName);
    }

    private static JsonElement? ParseJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemHttpResult TooLarge(long limit) =>
        Problems.Of(
            StatusCodes.Status413PayloadTooLarge,
            "upload-te-groot",
            $"Het bestand is groter dan de toegestane {limit} bytes (instelling Import:MaxUploadBytes)."
        );

    private static ProblemHttpResult UnknownLayer(long id) =>
        Problems.NotFound("laag-onbekend", $"Er is geen laag met id {id}.");

    /// <summary>A layer as the API shows it; the extent is [minX, minY, maxX, maxY] in RD New (EPSG:28992).</summary>
    public sealed record LayerResponse(
        long Id,
        string Name,
        string Kind,
        string SourceFile,
        int Srid,
        string? GeometryType,
        long FeatureCount,
        double[]? Extent,
        int? Year,
        DateTimeOffset CreatedAt
    )
    {
        public static LayerResponse From(ImportedLayer layer) =>
            new(
                layer.Id,
                layer.Name,
                layer.Kind.ToString().ToLowerInvariant(),
                layer.SourceFile,
                layer.Srid,
                layer.GeometryType,
                layer.FeatureCount,
                layer.Extent is { } e ? [e.MinX, e.MinY, e.MaxX, e.MaxY] : null,
                layer.Year,
                layer.CreatedAt
            );
    }

    /// <summary>A layer with its fields and its stored import report.</summary>
    public sealed record LayerDetailResponse(LayerResponse Layer, JsonElement? Fields, JsonElement? Report);

    /// <summary>What a successful upload returns.</summary>
    public sealed record UploadResponse(IReadOnlyList<LayerResponse> Layers, IReadOnlyList<ImportReport> Reports);
}
