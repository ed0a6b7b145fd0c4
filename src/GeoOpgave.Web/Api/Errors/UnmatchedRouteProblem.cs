using Microsoft.AspNetCore.Diagnostics;

namespace GeoOpgave.Web.Api.Errors;

/// <summary>
/// The status-code page of API paths: a request that no route takes (404 without an endpoint), or that a route does
/// not take with its method (405) or its content type (415, routing's check of what a JSON endpoint accepts), gets
/// problem+json, as every other answer of the API, instead of the HTML not-found page that a person's browser gets.
/// </summary>
internal static class UnmatchedRouteProblem
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var (method, path) = (http.Request.Method, http.Request.Path.Value);
        var problem = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound when http.GetEndpoint() is null =>
                Problems.NotFound("route-onbekend", $"De API heeft geen route {method} {path}."),
            StatusCodes.Status405MethodNotAllowed => Problems.Of(
                StatusCodes.Status405MethodNotAllowed,
                "methode-ongeldig",
                $"De route {path} kent {method} niet; wel {string.Join(", ", http.Response.Headers.Allow.ToArray())}."
            ),
            StatusCodes.Status415UnsupportedMediaType => Problems.Of(
                StatusCodes.Status415UnsupportedMediaType,
                "inhoudstype-ongeldig",
                $"Stuur de inhoud als JSON (Content-Type: application/json), niet als {MediaType(http.Request)}."
            ),
            _ => null,
        };
        // Any other empty answer keeps the not-found page of the status-code pages around this one.
        return problem?.ExecuteAsync(http) ?? Task.CompletedTask;
    }

    private static string MediaType(HttpRequest request) =>
        request.GetTypedHeaders().ContentType?.MediaType.Value ?? "inhoud zonder Content-Type";
}
