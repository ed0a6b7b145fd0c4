using System.Reflection;
using GeoOpgave.Application.Export;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace GeoOpgave.Web.Api.Exports;

/// <summary>A 200 download of a prepared export, named by <c>Content-Disposition</c> and written straight to the
/// response.</summary>
public sealed class ExportFileResult(CollectionExport export)
    : IResult,
        IStatusCodeHttpResult,
        IContentTypeHttpResult,
        IEndpointMetadataProvider
{
    public CollectionExport Export { get; } = export;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => Export.ContentType;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = Export.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(Export.FileName);
        httpContext.Response.Headers.ContentDisposition = disposition.ToString();
        await ExportService.WriteAsync(Export, httpContext.Response.Body, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(
                StatusCodes.Status200OK,
                typeof(void),
                ["application/geo+json", "text/csv", "application/geopackage+sqlite3"]
            )
        );
    }
}
