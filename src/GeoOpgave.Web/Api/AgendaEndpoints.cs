using GeoOpgave.Application.Agenda;
using GeoOpgave.Core.Areas;
using GeoOpgave.Web.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Api;

/// <summary>
/// The route table of the gebiedsagenda: of a buurt, of a wijk, or of a selectie of codes. An unknown area or
/// profiel is 404 problem+json with code "gebied-onbekend" or "profiel-onbekend".
/// </summary>
public static class AgendaEndpoints
{
    /// <summary>The most codes one selectie may name.</summary>
    public const int MaxCodes = 500;

    /// <summary>Maps <c>GET /api/buurten/{code}/agenda</c>, <c>/api/wijken/{code}/agenda</c> and
    /// <c>/api/agenda?codes=</c>.</summary>
    public static IEndpointRouteBuilder MapAgenda(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Gebiedsagenda").RequireAuthorization(Policies.Lezen);
        api.MapGet("/buurten/{code}/agenda", GetBuurtAgendaAsync)
            .Describe(
                "GetBuurtAgenda",
                "De gebiedsagenda van een buurt: urgente opgaven met uitleg, indicatoren tegen de gemeente, koppelkansen.",
                StatusCodes.Status404NotFound
            );
        api.MapGet("/wijken/{code}/agenda", GetWijkAgendaAsync)
            .Describe("GetWijkAgenda", "De gebiedsagenda van een wijk.", StatusCodes.Status404NotFound);
        api.MapGet("/agenda", GetSelectieAgendaAsync)
            .Describe(
                "GetSelectieAgenda",
                "De gebiedsagenda van een selectie: codes=BU…,WK… (komma-gescheiden).",
                StatusCodes.Status400BadRequest,
                StatusCodes.Status404NotFound
            );
        return app;
    }

    public static Task<Results<Ok<Gebiedsagenda>, ProblemHttpResult>> GetBuurtAgendaAsync(
        string code, string? profiel, AgendaService agenda, CancellationToken cancellationToken) =>
        ForAreaAsync(code, AreaLevel.Buurt, profiel, agenda, cancellationToken);

    public static Task<Results<Ok<Gebiedsagenda>, ProblemHttpResult>> GetWijkAgendaAsync(
        string code, string? profiel, AgendaService agenda, CancellationToken cancellationToken) =>
        ForAreaAsync(code, AreaLevel.Wijk, profiel, agenda, cancellationToken);

    /// <summary>The agenda of the areas in <paramref name="codes"/> (comma-separated buurt-, wijk- or
    /// gemeentecodes).</summary>
    public static async Task<Results<Ok<Gebiedsagenda>, ProblemHttpResult>> GetSelectieAgendaAsync(
        string? codes, string? profiel, AgendaService agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var list = (codes ?? string.Empty).Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (list.Length == 0)
        {
            return Problems.BadParameter(
                "selectie-leeg",
                "codes",
                "Geef met codes=… minstens één buurt- of wijkcode op."
            );
        }

        if (list.Length > MaxCodes)
        {
            return Problems.BadParameter(
                "parameter-buiten-bereik",
                "codes",
                $"Een selectie telt hoogstens {MaxCodes} codes."
            );
        }

        return TypedResults.Ok(await agenda.BuildAsync(new AgendaRequest(list, profiel), cancellationToken));
    }

    private static async Task<Results<Ok<Gebiedsagenda>, ProblemHttpResult>> ForAreaAsync(
        string code, AreaLevel level, string? profiel, AgendaService agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        if (AreaCode.LevelOf(code) != level)
        {
            var what = level == AreaLevel.Buurt ? "buurtcode (zoals BU99990002)" : "wijkcode (zoals WK999900)";
            return Problems.NotFound("gebied-onbekend", $"'{code}' is geen {what}.");
        }

        return TypedResults.Ok(await agenda.BuildAsync(new AgendaRequest([code], profiel), cancellationToken));
    }
}
