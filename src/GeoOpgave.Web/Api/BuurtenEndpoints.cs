using GeoOpgave.Application;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Api.Exports;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Api.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api;

/// <summary>The route table of the buurten API: the analysed buurten as GeoJSON for the map and for GIS tools.</summary>
public static class BuurtenEndpoints
{
    // Error codes of the application that mean "that resource does not exist" rather than a fault.
    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.Ordinal) { "profiel-onbekend", "geen-buurten" };

    /// <summary>Maps <c>GET /api/buurten</c>.</summary>
    public static IEndpointRouteBuilder MapGeoOpgaveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Buurten").RequireAuthorization(Policies.Lezen);
        api.MapGet("/buurten", GetBuurtenAsync)
            .WithName("GetBuurten")
            .WithSummary("Alle buurten met urgentie per opgave en overlap, als GeoJSON (WGS84).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapOgcApi();
        app.MapExports();
        app.MapTiles();
        app.MapAnalyses();
        app.MapAgenda();
        app.MapLayers();
        app.MapSelecties();
        return app;
    }

    /// <summary>
    /// The buurten of the latest year scored with <paramref name="profiel"/> (default profile when absent):
    /// a FeatureCollection in WGS84, or 404 problem+json with a <c>code</c> for an unknown profiel.
    /// </summary>
    public static async Task<Results<GeoJsonHttpResult, ProblemHttpResult>> GetBuurtenAsync(
        string? profiel,
        AnalysisService analysis,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        AnalysisResult result;
        try
        {
            result = await analysis.AnalyseAsync(profiel, cancellationToken);
        }
        catch (GeoOpgaveException e) when (NotFoundCodes.Contains(e.Code))
        {
            return NotFound(e);
        }

        return new GeoJsonHttpResult(AnalysisLayer.Build(result));
    }

    private static ProblemHttpResult NotFound(GeoOpgaveException e) => TypedResults.Problem(
        title: "Niet gevonden",
        detail: e.Message,
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = e.Code });
}
