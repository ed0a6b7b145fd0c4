using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The problem+json answers of the API, each with a stable <c>code</c> (and the offending
/// parameter).</summary>
public static class OgcProblems
{
    /// <summary>A 400 for a query parameter with a bad value, naming the parameter.</summary>
    public static ProblemHttpResult BadParameter(string code, string parameter, string detail) =>
        Of(StatusCodes.Status400BadRequest, code, detail, parameter);

    /// <summary>A 404 for a collection or feature that does not exist.</summary>
    public static ProblemHttpResult NotFound(string code, string detail) =>
        Of(StatusCodes.Status404NotFound, code, detail);

    /// <summary>
    /// Any status. The title follows the status (the <c>type</c> does too), so one kind of answer always reads the
    /// same; <c>code</c> says what exactly went wrong.
    /// </summary>
    public static ProblemHttpResult Of(int status, string code, string detail, string? parameter = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }

        return TypedResults.Problem(
            title: Title(status, parameter),
            detail: detail,
            statusCode: status,
            extensions: extensions
        );
    }

    private static string Title(int status, string? parameter) => status switch
    {
        StatusCodes.Status400BadRequest => parameter is null ? "Ongeldig verzoek" : "Ongeldige parameter",
        StatusCodes.Status404NotFound => "Niet gevonden",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status422UnprocessableEntity => "Niet te verwerken",
        StatusCodes.Status429TooManyRequests => "Bezig",
        _ => "Serverfout",
    };
}
