using GeoOpgave.Application.Export;
using GeoOpgave.Application.Tiles;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GeoOpgave.Web.Api.Tiles;

/// <summary>The route table of the vector tiles: <c>/tiles/{collection}/{z}/{x}/{y}.mvt</c> in
/// WebMercatorQuad.</summary>
public static class TileEndpoints
{
    public const string MvtContentType = "application/vnd.mapbox-vector-tile";

    // Data and analysis can change at any moment, so clients keep tiles but ask again each time; with the ETag
    // that question costs a 304 and never yields a stale tile.
    private const string CacheControl = "public, no-cache";

    /// <summary>Maps <c>GET /tiles/{collection}/{z}/{x}/{y}.mvt</c>.</summary>
    public static IEndpointRouteBuilder MapTiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{collection}/{z:int}/{x:int}/{y:int}.mvt", GetTileAsync)
            .RequireAuthorization(Policies.Lezen)
            // A tile client passes the profiel as a query parameter: one that does not exist is a bad request.
            .WithErrorStatus("profiel-onbekend", StatusCodes.Status400BadRequest, "profiel")
            .WithTags("Tiles")
            .Describe(
                "GetTile",
                "Een Mapbox-vectortegel (WebMercatorQuad) van gemeenten, wijken of buurten (met analyse per ?profiel=)."
            );
        return app;
    }

    /// <summary>
    /// The tile (empty body when nothing lies in it) with an ETag of the content version; 304 when the client's
    /// copy is current; 400 for a tile outside the matrix or a bad profiel; 404 for an unknown collection.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetTileAsync(
        string collection, int z, int x, int y, string? profiel, HttpContext context,
        CollectionCatalog catalog,
        CollectionCache collections,
        TileCache cache,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(collections);
        ArgumentNullException.ThrowIfNull(cache);
        if (await catalog.FindAsync(collection, cancellationToken) is not { } info)
        {
            return OgcEndpoints.UnknownCollection(collection);
        }

        var address = new TileAddress(z, x, y);
        if (address.Error is { } error)
        {
            return Problems.BadParameter("tegel-ongeldig", "z/x/y", error);
        }

        if (profiel is not null && info.Id != CollectionCatalog.Buurten)
        {
            return Problems.BadParameter(
                "parameter-onbekend",
                "profiel",
                $"De collectie '{info.Id}' kent de parameter 'profiel' niet."
            );
        }

        var published = await collections.GetAsync(info, profiel, years: null, cancellationToken);

        var etag = new EntityTagHeaderValue(published.ETag);
        context.Response.Headers.ETag = etag.ToString();
        context.Response.Headers.CacheControl = CacheControl;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = cache.Tile(published, address);
        return TypedResults.Bytes(bytes, MvtContentType);
    }
}
