using System.Collections.Frozen;
using GeoOpgave.Application;
using GeoOpgave.Web.Api.Ogc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Errors;

/// <summary>
/// The one place where an exception becomes an HTTP answer, so that endpoints return typed results only. A refusal
/// of the application (<see cref="GeoOpgaveException"/>) becomes problem+json with the status of its code in the
/// table below (or of the route, see <see cref="ErrorStatus"/>), its code, its Dutch message and the input it is
/// about as <c>parameter</c>. A request that could not be bound (<see cref="BadHttpRequestException"/>) becomes the
/// problem <see cref="BadRequestProblem"/> words for it. Anything else is a bug or a failing infrastructure: it is logged and answered with a
/// 500 that shows neither its message nor its stack.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private const string UnexpectedCode = "serverfout";

    private static readonly FrozenDictionary<string, int> Statuses = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // What the request names does not exist in this workspace.
        ["profiel-onbekend"] = StatusCodes.Status404NotFound,
        ["geen-buurten"] = StatusCodes.Status404NotFound,
        ["gebied-onbekend"] = StatusCodes.Status404NotFound,
        ["collectie-onbekend"] = StatusCodes.Status404NotFound,
        ["jaar-onbekend"] = StatusCodes.Status404NotFound,
        ["laag-onbekend"] = StatusCodes.Status404NotFound,

        // The request itself is wrong.
        ["parameter-onbekend"] = StatusCodes.Status400BadRequest,
        ["parameter-ongeldig"] = StatusCodes.Status400BadRequest,
        ["scheidingsteken-ongeldig"] = StatusCodes.Status400BadRequest,
        ["selectie-leeg"] = StatusCodes.Status400BadRequest,
        ["selectie-naam-leeg"] = StatusCodes.Status400BadRequest,
        ["selectie-naam-te-lang"] = StatusCodes.Status400BadRequest,
        ["selectie-notities-te-lang"] = StatusCodes.Status400BadRequest,
        ["koppeling-ongeldig"] = StatusCodes.Status422UnprocessableEntity,

        // The request is fine but the workspace's state refuses it.
        ["selectie-bestaat"] = StatusCodes.Status409Conflict,
        ["import-bezig"] = StatusCodes.Status429TooManyRequests,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var problem = exception switch
        {
            GeoOpgaveException refusal => Refused(refusal, endpoint),
            BadHttpRequestException unreadable => BadRequestProblem.Of(unreadable, httpContext.Request),
            _ => Unexpected(exception, endpoint),
        };
        await problem.ExecuteAsync(httpContext);
        return true;
    }

    private ProblemHttpResult Refused(GeoOpgaveException refusal, Endpoint? endpoint)
    {
        var onRoute = endpoint?.Metadata.GetOrderedMetadata<ErrorStatus>().LastOrDefault(s => s.Code == refusal.Code);
        var status = onRoute?.Status
            ?? Statuses.GetValueOrDefault(refusal.Code, StatusCodes.Status500InternalServerError);
        if (status == StatusCodes.Status500InternalServerError)
        {
            // A code outside the table (missing profiles, an unusable demo) is the server's set-up, not the request:
            // its message still helps whoever reads it, and the log tells the administrator.
            logger.LogError(refusal, "{Endpoint} refused: {Code}", endpoint?.DisplayName, refusal.Code);
        }

        return Problems.Of(status, refusal.Code, refusal.Message, refusal.Parameter ?? onRoute?.Parameter);
    }

    private ProblemHttpResult Unexpected(Exception exception, Endpoint? endpoint)
    {
        logger.LogError(exception, "{Endpoint} failed", endpoint?.DisplayName);
        return Problems.Of(
            StatusCodes.Status500InternalServerError,
            UnexpectedCode,
            "Er ging op de server iets mis. De fout is vastgelegd; probeer het later opnieuw."
        );
    }
}
