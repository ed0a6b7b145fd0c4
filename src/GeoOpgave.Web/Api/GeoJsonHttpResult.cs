using System.Reflection;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using Microsoft.AspNetCore.Http.Metadata;

namespace GeoOpgave.Web.Api;

/// <summary>
/// A 200 response with a layer as RFC 7946 GeoJSON (WGS84), streamed to the client feature by feature.
/// </summary>
public sealed class GeoJsonHttpResult(VectorLayer layer)
    : IResult,
        IStatusCodeHttpResult,
        IContentTypeHttpResult,
        IEndpointMetadataProvider
{
    /// <summary>The media type of GeoJSON.</summary>
    public const string GeoJsonContentType = "application/geo+json";

    /// <summary>The layer to write; its geometries are in the layer's own SRID and transformed on the way
    /// out.</summary>
    public VectorLayer Layer { get; } = layer;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => GeoJsonContentType;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = GeoJsonContentType;
        await GeoJsonWriter.WriteAsync(httpContext.Response.Body, Layer, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), [GeoJsonContentType])
        );
    }
}
