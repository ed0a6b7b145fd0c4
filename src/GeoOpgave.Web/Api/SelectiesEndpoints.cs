using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Selecties;
using GeoOpgave.Core.Selecties;
using GeoOpgave.Web.Api.Errors;
using GeoOpgave.Web.Api.Exports;
using GeoOpgave.Web.Api.Ogc;
using GeoOpgave.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The saved selecties: list, show, save, change and delete them, their gebiedsagenda and their buurten as GeoJSON or
/// CSV. Errors are problem+json with a stable <c>code</c>: <c>selectie-onbekend</c> (404), <c>selectie-naam-leeg</c>,
/// <c>selectie-naam-te-lang</c>, <c>selectie-notities-te-lang</c>, <c>selectie-leeg</c>, <c>gebied-onbekend</c> and,
/// when saving, <c>profiel-onbekend</c> (400), <c>selectie-bestaat</c> (409).
/// </summary>
public static class SelectiesEndpoints
{
    public static IEndpointRouteBuilder MapSelecties(this IEndpointRouteBuilder app)
    {
        var selecties = app.MapGroup("/api/selecties").WithTags("Selecties").RequireAuthorization(Policies.Lezen);
        selecties.MapGet("/", ListAsync).Describe("ListSelecties", "Alle bewaarde selecties, op naam.");
        selecties.MapPost("/", CreateAsync).RequireAuthorization(Policies.Planner)
            .WithErrorStatus("gebied-onbekend", StatusCodes.Status400BadRequest, "codes")
            .WithErrorStatus("profiel-onbekend", StatusCodes.Status400BadRequest, "profiel")
            .Describe(
                "CreateSelectie",
                "Bewaar een selectie (naam, notities, codes BU…/WK…, profiel).",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status409Conflict
            );
        selecties.MapGet("/{id:long}", GetAsync)
            .Describe("GetSelectie", "Een bewaarde selectie.", StatusCodes.Status404NotFound);
        selecties.MapPut("/{id:long}", UpdateAsync).RequireAuthorization(Policies.Planner)
            .WithErrorStatus("gebied-onbekend", StatusCodes.Status400BadRequest, "codes")
            .WithErrorStatus("profiel-onbekend", StatusCodes.Status400BadRequest, "profiel")
            .Describe(
                "UpdateSelectie",
                "Hernoem een selectie of wijzig notities, codes of profiel; wat ontbreekt blijft zoals het is.",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict
            );
        selecties.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Planner)
            .Describe("DeleteSelectie", "Verwijder een selectie.", StatusCodes.Status404NotFound);
        selecties.MapGet("/{id:long}/agenda", GetAgendaAsync)
            .Describe(
                "GetSelectieAgendaById",
                "De gebiedsagenda van een bewaarde selectie; profiel= kiest een ander profiel dan het bewaarde.",
                StatusCodes.Status404NotFound
            );
        selecties.MapGet("/{id:long}/export.geojson", ExportAsync)
            .Describe(
                "ExportSelectie",
                "De buurten van een selectie met hun analyse, als GeoJSON (WGS84).",
                StatusCodes.Status404NotFound
            );
        selecties.MapGet("/{id:long}/export.csv", ExportCsvAsync)
            .Describe(
                "ExportSelectieCsv",
                "De buurten van een selectie met hun analyse, als CSV (separator ; of ,).",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound
            );
        return app;
    }

    public static async Task<Ok<IReadOnlyList<SelectieResponse>>> ListAsync(
        SelectieService selecties,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(selecties);
        var list = await selecties.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SelectieResponse>>(list.Select(SelectieResponse.From).ToList());
    }

    public static async Task<Results<Ok<SelectieResponse>, ProblemHttpResult>> GetAsync(
        long id,
        SelectieService selecties,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(selecties);
        return await selecties.GetAsync(id, cancellationToken) is { } selectie
            ? TypedResults.Ok(SelectieResponse.From(selectie))
            : Unknown(id);
    }

    public static async Task<Created<SelectieResponse>> CreateAsync(
        SelectieRequest request, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(selecties);
        var saved = await selecties.CreateAsync(request.ToInput(), cancellationToken);
        return TypedResults.Created($"/api/selecties/{saved.Id}", SelectieResponse.From(saved));
    }

    public static async Task<Results<Ok<SelectieResponse>, ProblemHttpResult>> UpdateAsync(
        long id, SelectieRequest request, SelectieService selecties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(selecties);
        return await selecties.UpdateAsync(id, request.ToInput(), cancellationToken) is { } updated
            ? TypedResults.Ok(SelectieResponse.From(updated))
            : Unknown(id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id,
        SelectieService selecties,
        CancellationToken cancellationToken
    )
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

        var request = new AgendaRequest(
            selectie.Codes,
            string.IsNullOrWhiteSpace(profiel) ? selectie.ProfielId : profiel
        );
        return TypedResults.Ok(await agenda.BuildAsync(request, cancellationToken));
    }

    public static Task<Results<ExportFileResult, ProblemHttpResult>> ExportAsync(
        long id,
        string? profiel,
        SelectieService selecties,
        ExportService exports,
        AuditLog audit,
        CancellationToken cancellationToken
    ) => ExportSelectieAsync(id, profiel, ExportFormat.GeoJson, ';', selecties, exports, audit, cancellationToken);

    public static async Task<Results<ExportFileResult, ProblemHttpResult>> ExportCsvAsync(
        long id,
        string? profiel,
        string? separator,
        SelectieService selecties,
        ExportService exports,
        AuditLog audit,
        CancellationToken cancellationToken
    ) =>
        ExportEndpoints.ParseSeparator(separator) is { } c
            ? await ExportSelectieAsync(id, profiel, ExportFormat.Csv, c, selecties, exports, audit, cancellationToken)
            : ExportEndpoints.BadSeparator(separator!);

    private static async Task<Results<ExportFileResult, ProblemHttpResult>> ExportSelectieAsync(
        long id,
        string? profiel,
        ExportFormat format,
        char separator,
        SelectieService selecties,
        ExportService exports,
        AuditLog audit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(selecties);
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(audit);
        if (await selecties.GetAsync(id, cancellationToken) is not { } selectie)
        {
            return Unknown(id);
        }

        var export = await exports.PrepareSelectieAsync(selectie, profiel, format, separator, cancellationToken);
        var details = new Dictionary<string, object?> { ["id"] = id, ["profiel"] = profiel ?? selectie.ProfielId };
        // An export changes nothing in the database: its entry has no change to share a transaction with and is
        // appended alone.
        await audit.RecordAsync(AuditActions.Exported, $"selectie:{export.FileName}", details, cancellationToken);
        return new ExportFileResult(export);
    }

    private static ProblemHttpResult Unknown(long id) =>
        Problems.NotFound("selectie-onbekend", $"Er is geen selectie met id {id}.");

    /// <summary>A selectie as a client sends it; on a change, an omitted field keeps the selectie's value.</summary>
    public sealed record SelectieRequest(string? Name, string? Notes, IReadOnlyList<string>? Codes, string? Profiel)
    {
        public SelectieInput ToInput() => new(Name ?? string.Empty, Notes, Codes, Profiel);
    }

    /// <summary>A saved selectie as the API shows it.</summary>
    public sealed record SelectieResponse(
        long Id,
        string Name,
        string Notes,
        IReadOnlyList<string> Codes,
        string? Profiel,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt,
        string CreatedBy
    )
    {
        public static SelectieResponse From(Selectie s) =>
            new(s.Id, s.Name, s.Notes, s.Codes, s.ProfielId, s.CreatedAt, s.UpdatedAt, s.CreatedBy);
    }
}
