using GeoOpgave.Application;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Selecties;
using GeoOpgave.IO.Features;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The saved selecties: list, show, save, change and delete them, their gebiedsagenda and their buurten as GeoJSON.
/// Errors are problem+json with a stable <c>code</c>: <c>selectie-onbekend</c> (404), <c>selectie-naam-leeg</c>,
/// <c>selectie-leeg</c> and <c>gebied-onbekend</c> (400), <c>selectie-bestaat</c> (409).
/// </summary>
public static class SelectiesEndpoints
{
    public static IEndpointRouteBuilder MapSelecties(this IEndpointRouteBuilder app)
    {
        var selecties = app.MapGroup("/api/selecties").WithTags("Selecties").RequireAuthorization(Policies.Lezen);
        selecties.MapGet("/", ListAsync).WithName("ListSelecties").WithSummary("Alle bewaarde selecties, op naam.");
        selecties.MapPost("/", CreateAsync).RequireAuthorization(Policies.Planner).WithName("CreateSelectie")
            .WithSummary("Bewaar een selectie (naam, notities, codes BU…/WK…, profiel).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        selecties.MapGet("/{id:long}", GetAsync).WithName("GetSelectie").WithSummary("Een bewaarde selectie.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selecties.MapPut("/{id:long}", UpdateAsync).RequireAuthorization(Policies.Planner).WithName("UpdateSelectie")
            .WithSummary("Hernoem een selectie of wijzig notities, codes of profiel.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        selecties.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Planner).WithName("DeleteSelectie")
            .WithSummary("Verwijder een selectie.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selecties.MapGet("/{id:long}/agenda", GetAgendaAsync).WithName("GetSelectieAgendaById")
            .WithSummary("De gebiedsagenda van een bewaarde selectie; profiel= kiest een ander profiel dan het bewaarde.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selecties.MapGet("/{id:long}/export.geojson", ExportAsync).WithName("ExportSelectie")
            .WithSummary("De buurten van een selectie met hun analyse, als GeoJSON (WGS84).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SelectieResponse>>> ListAsync(SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        var list = await selecties.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SelectieResponse>>(list.Select(SelectieResponse.From).ToList());
    }

    public static async Task<Results<Ok<SelectieResponse>, ProblemHttpResult>> GetAsync(long id, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        return await selecties.GetAsync(id, cancellationToken) is { } selectie ? TypedResults.Ok(SelectieResponse.From(selectie)) : Unknown(id);
    }

    public static async Task<Results<Created<SelectieResponse>, ProblemHttpResult>> CreateAsync(
        SelectieRequest request, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(selecties);
        try
        {
            var saved = await selecties.CreateAsync(request.ToInput(), cancellationToken);
            return TypedResults.Created($"/api/selecties/{saved.Id}", SelectieResponse.From(saved));
        }
        catch (GeoOpgaveException e) when (Invalid(e) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<Ok<SelectieResponse>, ProblemHttpResult>> UpdateAsync(
        long id, SelectieRequest request, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(selecties);
        try
        {
            return await selecties.UpdateAsync(id, request.ToInput(), cancellationToken) is { } updated
                ? TypedResults.Ok(SelectieResponse.From(updated))
                : Unknown(id);
        }
        catch (GeoOpgaveException e) when (Invalid(e) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        return await selecties.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Unknown(id);
    }

    public static async Task<Results<Ok<Gebiedsagenda>, ProblemHttpResult>> GetAgendaAsync(
        long id, string? profiel, SelectieService selecties, AgendaService agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        ArgumentNullException.ThrowIfNull(agenda);
        if (await selecties.GetAsync(id, cancellationToken) is not { } selectie)
        {
            return Unknown(id);
        }

        var request = new AgendaRequest(selectie.Codes, string.IsNullOrWhiteSpace(profiel) ? selectie.ProfielId : profiel);
        return await AnalysesEndpoints.RunAsync(() => agenda.BuildAsync(request, cancellationToken));
    }

    public static async Task<Results<GeoJsonHttpResult, ProblemHttpResult>> ExportAsync(
        long id, string? profiel, SelectieService selecties, AnalysisService analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selecties);
        ArgumentNullException.ThrowIfNull(analysis);
        if (await selecties.GetAsync(id, cancellationToken) is not { } selectie)
        {
            return Unknown(id);
        }

        try
        {
            var result = await analysis.AnalyseAsync(string.IsNullOrWhiteSpace(profiel) ? selectie.ProfielId : profiel, cancellationToken);
            return new GeoJsonHttpResult(BuurtenOf(selectie, AnalysisLayer.Build(result)));
        }
        catch (GeoOpgaveException e) when (e.Code is "profiel-onbekend" or "geen-buurten")
        {
            return Problem(StatusCodes.Status404NotFound, e.Code, e.Message);
        }
    }

    // A buurt belongs to the selectie when its own code or its wijk's code was selected.
    private static VectorLayer BuurtenOf(StoredSelectie selectie, VectorLayer buurten)
    {
        var codes = selectie.Codes.ToHashSet(StringComparer.Ordinal);
        var features = buurten.Features
            .Where(f => codes.Contains(f.Attributes["buurtcode"] as string ?? string.Empty)
                || codes.Contains(f.Attributes["wijkcode"] as string ?? string.Empty))
            .ToList();
        return buurten with { Name = selectie.Name, Features = features };
    }

    private static ProblemHttpResult? Invalid(GeoOpgaveException e) => e.Code switch
    {
        "selectie-naam-leeg" or "selectie-leeg" or "gebied-onbekend" => Problem(StatusCodes.Status400BadRequest, e.Code, e.Message),
        "selectie-bestaat" => Problem(StatusCodes.Status409Conflict, e.Code, e.Message),
        _ => null,
    };

    private static ProblemHttpResult Unknown(long id) =>
        Problem(StatusCodes.Status404NotFound, "selectie-onbekend", $"Er is geen selectie met id {id}.");

    private static ProblemHttpResult Problem(int status, string code, string detail) => TypedResults.Problem(
        detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    /// <summary>A selectie as a client sends it; missing codes count as none.</summary>
    public sealed record SelectieRequest(string? Name, string? Notes, IReadOnlyList<string>? Codes, string? Profiel)
    {
        public SelectieInput ToInput() => new(Name ?? string.Empty, Notes, Codes ?? [], Profiel);
    }

    /// <summary>A saved selectie as the API shows it.</summary>
    public sealed record SelectieResponse(
        long Id, string Name, string Notes, IReadOnlyList<string> Codes, string? Profiel, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string CreatedBy)
    {
        public static SelectieResponse From(StoredSelectie s) =>
            new(s.Id, s.Name, s.Notes, s.Codes, s.ProfielId, s.CreatedAt, s.UpdatedAt, s.CreatedBy);
    }
}
