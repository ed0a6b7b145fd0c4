using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Errors;

/// <summary>
/// A request that could not be bound to its endpoint's parameters — a body that is no JSON, a field of the wrong
/// type, no body at all — as the problem+json of every other refusal, with a Dutch
/// message that says what to change. The host has minimal APIs throw these (<c>ThrowOnBadRequest</c>) instead of
/// answering an empty 400, so they reach <see cref="ApiExceptionHandler"/>.
/// </summary>
internal static class BadRequestProblem
{
    public static ProblemHttpResult Of(BadHttpRequestException exception, HttpRequest request)
    {
        if (exception.InnerException is JsonException json)
        {
            return Json(json);
        }

        if (request.ContentLength == 0 && exception.StatusCode == StatusCodes.Status400BadRequest)
        {
            return Problems.Of(
                StatusCodes.Status400BadRequest,
                "inhoud-ontbreekt",
                "Het verzoek heeft geen inhoud; stuur de gegevens als JSON (Content-Type: application/json)."
            );
        }

        return Problems.Of(
            exception.StatusCode,
            "verzoek-ongeldig",
            "Het verzoek kon niet worden gelezen: een parameter of de inhoud ontbreekt of heeft een ongeldige waarde."
        );
    }

    // The reader's own exception inside the serializer's means the text is no JSON; a serializer's exception alone
    // means valid JSON with a value that does not fit its field.
    private static ProblemHttpResult Json(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..]
            : null;
        if (json.InnerException is JsonException || field is null)
        {
            var where = json.LineNumber is { } line && json.BytePositionInLine is { } position
                ? $" (regel {line + 1}, positie {position + 1})"
                : string.Empty;
            return Problems.Of(
                StatusCodes.Status400BadRequest,
                "json-ongeldig",
                $"De inhoud van het verzoek is geen geldige JSON{where}."
            );
        }

        return Problems.BadParameter("veld-ongeldig", field, $"Het veld '{field}' heeft niet het verwachte type.");
    }
}
