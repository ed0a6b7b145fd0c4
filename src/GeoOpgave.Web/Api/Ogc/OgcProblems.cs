using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoOpgave.Web.Api.Ogc;

/// <summary>The problem+json answers of the OGC API, each with a stable <c>code</c> (and the offending parameter).</summary>
public static class OgcProblems
{
    /// <summary>A 400 for a query parameter with a bad value, naming the parameter.</summary>
    public static ProblemHttpResult BadParameter(string code, string parameter, string detail) => Problem(
        StatusCodes.Status400BadRequest, "Ongeldige parameter", code, detail, parameter);

    /// <summary>A 404 for a collection or feature that does not exist.</summary>
    public static ProblemHttpResult NotFound(string code, string detail) => Problem(
        StatusCodes.Status404NotFound, "Niet gevonden", code, detail, parameter: null);

    private static ProblemHttpResult Problem(int status, string title, string code, string detail, string? parameter)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }

        return TypedResults.Problem(title: title, detail: detail, statusCode: status, extensions: extensions);
    }
}
