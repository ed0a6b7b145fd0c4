using System.Reflection;
using System.Text.Json.Nodes;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.GeoJson;
using Microsoft.AspNetCore.Http.Metadata;
using NetTopologySuite.Features;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>
/// A 200 GeoJSON response of the OGC API: a FeatureCollection (with links and counts as foreign members) or a single
/// Feature, in the requested CRS and its axis order, with the <c>Content-Crs</c> header of OGC API Features Part 2.
/// </summary>
public sealed class OgcGeoJsonResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private readonly VectorLayer? _layer;
    private readonly IFeature? _feature;
    private readonly int _srid;
    private readonly GeoJsonWriteOptions _options;

    private OgcGeoJsonResult(VectorLayer? layer, IFeature? feature, int srid, OgcCrs crs, GeoJsonWriteOptions options)
    {
        _layer = layer;
        _feature = feature;
        _srid = srid;
        Crs = crs;
        _options = options;
    }

    /// <summary>The CRS of the coordinates written.</summary>
    public OgcCrs Crs { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => OgcLinks.GeoJson;

    /// <summary>A FeatureCollection of the layer's features with <paramref name="members"/> after
    /// <c>features</c>.</summary>
    public static OgcGeoJsonResult Collection(
        VectorLayer page,
        OgcCrs crs,
        string idAttribute,
        IReadOnlyDictionary<string, JsonNode?> members
    )
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(crs);
        return new(page, null, page.Srid, crs, crs.WriteOptions(idAttribute, members));
    }

    /// <summary>One Feature (geometry in <paramref name="srid"/>) with <paramref name="members"/> such as its
    /// links.</summary>
    public static OgcGeoJsonResult Single(
        IFeature feature,
        int srid,
        OgcCrs crs,
        string idAttribute,
        IReadOnlyDictionary<string, JsonNode?> members
    )
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(crs);
        return new(null, feature, srid, crs, crs.WriteOptions(idAttribute, members));
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = OgcLinks.GeoJson;
        httpContext.Response.Headers["Content-Crs"] = Crs.HeaderValue;
        var body = httpContext.Response.Body;
        if (_layer is not null)
        {
            await GeoJsonWriter.WriteAsync(body, _layer, _options, httpContext.RequestAborted);
        }
        else
        {
            await GeoJsonWriter.WriteFeatureAsync(body, _feature!, _srid, _options, httpContext.RequestAborted);
        }
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), [OgcLinks.GeoJson])
        );
    }
}
