using System.Collections.ObjectModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Errors;

/// <summary>
/// Every problem+json answer of the web app (API, OGC API, security layer and the account forms) is built here, so
/// a client reads one shape: the title follows the status, <c>code</c> says what exactly went wrong, and
/// <c>parameter</c> names the offending input when there is one.
/// </summary>
public static class Problems
{
    /// <summary>A 400 for a query parameter with a bad value, naming the parameter.</summary>
    public static ProblemHttpResult BadParameter(string code, string parameter, string detail) =>
        Of(StatusCodes.Status400BadRequest, code, detail, parameter);

    /// <summary>A 404 for a collection or feature that does not exist.</summary>
    public static ProblemHttpResult NotFound(string code, string detail) =>
        Of(StatusCodes.Status404NotFound, code, detail);

    /// <summary>
    /// Any status. The title follows the status (the <c>type</c> does too), so one kind of answer always reads the
    /// same; <c>code</c> says what exactly went wrong. <paramref name="extra"/> carries what a client needs to act
    /// on the refusal, such as an import's reports or a profile's errors.
    /// </summary>
    public static ProblemHttpResult Of(
        int status,
        string code,
        string detail,
        string? parameter = null,
        IReadOnlyDictionary<string, object?>? extra = null
    )
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }

        // Add, not the indexer: an extra that overwrote code or parameter would break the contract without a sound.
        foreach (var (name, value) in extra ?? ReadOnlyDictionary<string, object?>.Empty)
        {
            extensions.Add(name, value);
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
        StatusCodes.Status401Unauthorized => "Niet ingelogd",
        StatusCodes.Status403Forbidden => "Geen toegang",
        StatusCodes.Status404NotFound => "Niet gevonden",
        StatusCodes.Status405MethodNotAllowed => "Methode niet toegestaan",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Te groot",
        StatusCodes.Status415UnsupportedMediaType => "Verkeerd formaat",
        StatusCodes.Status422UnprocessableEntity => "Niet te verwerken",
        StatusCodes.Status429TooManyRequests => "Bezig",
        _ => "Serverfout",
    };
}
