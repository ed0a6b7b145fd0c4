using GeoOpgave.Application.Indicators;
using GeoOpgave.Application.Status;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api;

/// <summary>
/// What the workspace can score and what is missing (<c>GET /api/status</c>), and binding a loaded layer to a
/// catalogue indicator (<c>POST /api/indicators/bindings</c>). Errors are problem+json with a stable <c>code</c>:
/// <c>profiel-onbekend</c> or <c>geen-buurten</c> (404), <c>parameter-buiten-bereik</c> (400), <c>laag-onbekend</c>
/// (404), <c>koppeling-ongeldig</c> (422).
/// </summary>
public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetStatusAsync).WithTags("Status").RequireAuthorization(Policies.Lezen)
            .Describe(
                "GetStatus",
                "Per opgave hoeveel buurten een score hebben, en per indicator waar een waarde ontbreekt en waar je die haalt.",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound
            );
        app.MapPost("/api/indicators/bindings", BindAsync).WithTags("Status").RequireAuthorization(Policies.Analist)
            .Describe(
                "BindIndicator",
                "Koppel een indicator aan een geladen laag: {\"laag\": \"…\", \"koppeling\": \"ID=UITDRUKKING\"} voor een tabel, of alleen het indicator-id voor een vector- of rasterlaag; bij een raster kan \"masker\" een vlakkenlaag noemen (bijvoorbeeld het bebouwd gebied).",
                StatusCodes.Status404NotFound,
                StatusCodes.Status422UnprocessableEntity
            );
        return app;
    }

    /// <summary>The status for <paramref name="profiel"/> (default profile) and boundary <paramref name="year"/>
    /// (latest).</summary>
    public static async Task<Results<Ok<WorkspaceStatus>, ProblemHttpResult>> GetStatusAsync(
        string? profiel, string? year, StatusService status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var boundaryYear = AnalysesEndpoints.ParseYear(year);
        if (boundaryYear.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await status.GetAsync(profiel, boundaryYear.Value, cancellationToken));
    }

    /// <summary>Stores and applies a binding; the answer says how many values a table binding gave, and why it
    /// gives none where that is so.</summary>
    public static async Task<Results<Ok<BindingResponse>, ProblemHttpResult>> BindAsync(
        BindingRequest request, IndicatorBindingService bindings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(bindings);
        if (string.IsNullOrWhiteSpace(request.Laag) || string.IsNullOrWhiteSpace(request.Koppeling))
        {
            return Problems.Of(
                StatusCodes.Status422UnprocessableEntity,
                "koppeling-ongeldig",
                "Geef 'laag' en 'koppeling' op, bijvoorbeeld {\"laag\": \"buurten_2022\", \"koppeling\": \"percentage_leegstand_woningen=100 - bewoond_percentage\"}."
            );
        }

        var bound = await bindings.BindLayerAsync(request.Laag, request.Koppeling, cancellationToken, request.Masker);
        return TypedResults.Ok(new BindingResponse(request.Laag, request.Koppeling, bound.Values, bound.Warnings));
    }
}

/// <param name="Laag">The name of a loaded layer.</param>
/// <param name="Koppeling">For a table "ID=EXPR"; for a vector or raster layer the indicator id.</param>
/// <param name="Masker">For a raster, a polygon layer that limits each buurt to its masked part; optional.</param>
public sealed record BindingRequest(string? Laag, string? Koppeling, string? Masker = null);

/// <param name="Laag">The layer.</param>
/// <param name="Koppeling">The binding as stored.</param>
/// <param name="Waarden">Buurt values the binding gave (0 for a vector or raster layer: those come with indicators
/// compute).</param>
/// <param name="Waarschuwingen">Why the binding gives or will give no value, in the words of the page Lagen and
/// <c>indicators compute</c>; empty when nothing is amiss. The binding is stored all the same.</param>
public sealed record BindingResponse(string Laag, string Koppeling, int Waarden, IReadOnlyList<string> Waarschuwingen);
