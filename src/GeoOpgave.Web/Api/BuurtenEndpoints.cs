using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Selecties;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Api.Exports;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Api.Tiles;
using GeoOpgave.Core.Crs;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api;

/// <summary>The route table of the buurten API: the analysed buurten as GeoJSON for the map and for GIS
/// tools.</summary>
public static class BuurtenEndpoints
{
    /// <summary>Maps <c>GET /api/buurten</c>.</summary>
    public static IEndpointRouteBuilder MapGeoOpgaveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Buurten").RequireAuthorization(Policies.Lezen);
        api.MapGet("/buurten", GetBuurtenAsync)
            .Describe(
                "GetBuurten",
                "Alle buurten met urgentie per opgave en overlap, als GeoJSON (WGS84).",
                StatusCodes.Status404NotFound
            );
        api.MapGet("/buurten/codes", GetCodesInBboxAsync)
            .Describe(
                "GetBuurtcodesInBbox",
                "De codes van de buurten die de rechthoek bbox=west,zuid,oost,noord (WGS84, graden) raken.",
                StatusCodes.Status400BadRequest
            );
        api.MapPost("/buurten/codes", PostCodesInShapeAsync)
            .Accepts<string>("text/plain")
            .Describe(
                "PostBuurtcodesInVorm",
                "De codes van de buurten die een (multi)polygoon raken; de body is WKT in WGS84 (lengte, breedte).",
                StatusCodes.Status400BadRequest
            );
        app.MapOgcApi();
        app.MapExports();
        app.MapTiles();
        app.MapAnalyses();
        app.MapAgenda();
        app.MapLayers();
        app.MapSelecties();
        app.MapProfielen();
        app.MapStatus();
        app.MapWerken();
        return app;
    }

    /// <summary>
    /// The buurten of the latest year scored with <paramref name="profiel"/> (default profile when absent):
    /// a FeatureCollection in WGS84, or 404 problem+json with a <c>code</c> for an unknown profiel.
    /// </summary>
    public static async Task<GeoJsonHttpResult> GetBuurtenAsync(
        string? profiel,
        AnalysisService analysis,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new GeoJsonHttpResult(AnalysisLayer.Build(await analysis.AnalyseAsync(profiel, cancellationToken)));
    }

    /// <summary>
    /// The codes (sorted) of the buurten of the latest year that meet the rectangle <paramref name="bbox"/>
    /// ("west,south,east,north" in WGS84 degrees), parsed and checked as the OGC API's bbox; 400 problem+json with
    /// code <c>bbox-ongeldig</c> and the OGC API's message for a bad bbox.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> GetCodesInBboxAsync(
        string? bbox, string? profiel, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var (boxRdNew, error) = OgcBbox.Parse(bbox ?? string.Empty, OgcCrs.Crs84);
        if (boxRdNew is null)
        {
            return Problems.BadParameter("bbox-ongeldig", "bbox", error!);
        }

        var result = await analysis.AnalyseAsync(profiel, cancellationToken);
        return TypedResults.Ok(BuurtenInShape.CodesInRdNew(result.Buurten, boxRdNew));
    }

    /// <summary>
    /// The codes (sorted) of the buurten that meet the polygon or multipolygon in the request body (WKT, WGS84
    /// lon/lat); 400 problem+json with code <c>vorm-ongeldig</c> when the body is not a polygon.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> PostCodesInShapeAsync(
        HttpRequest request, string? profiel, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var reader = new StreamReader(request.Body);
        var wkt = await reader.ReadToEndAsync(cancellationToken);
        Geometry? shape;
        try
        {
            shape = new WKTReader(new NtsGeometryServices(new PrecisionModel(), Srid.Wgs84)).Read(wkt);
        }
        catch (ParseException)
        {
            shape = null;
        }

        if (shape is not (Polygon or MultiPolygon) || !shape.IsValid)
        {
            return BadRequest(
                "vorm-ongeldig",
                "Stuur een geldige POLYGON of MULTIPOLYGON als WKT in WGS84 (lengte breedte)."
            );
        }

        return await CodesAsync(shape, profiel, analysis, cancellationToken);
    }

    private static async Task<Ok<IReadOnlyList<string>>> CodesAsync(
        Geometry shapeWgs84, string? profiel, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var result = await analysis.AnalyseAsync(profiel, cancellationToken);
        return TypedResults.Ok(BuurtenInShape.Codes(result.Buurten, shapeWgs84));
    }

    private static ProblemHttpResult BadRequest(string code, string detail) =>
        Problems.Of(StatusCodes.Status400BadRequest, code, detail);
}
