using GeoOpgave.Web.Api.Errors;

namespace GeoOpgave.Web.Security;

/// <summary>
/// Refuses every unsafe request (POST, PUT, PATCH, DELETE; API, forms and the Blazor circuit alike) that a browser
/// marks as coming from another site: <c>Sec-Fetch-Site</c> other than <c>same-origin</c>, or without it an
/// <c>Origin</c> other than this app's own. Clients that are not browsers send neither header and pass; a browser's
/// login cookie or local mode alone is never enough to write.
/// </summary>
public sealed class SameOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsSafeMethod(context.Request.Method) || IsSameOrigin(context.Request)
            ? next(context)
            : Problems.Of(StatusCodes.Status403Forbidden, "andere-herkomst",
                "Dit verzoek komt van een andere website. Alleen GeoOpgave zelf mag hier iets wijzigen.")
                .ExecuteAsync(context);
    }

    /// <summary>
    /// True when the browser says the request comes from this app. <c>Sec-Fetch-Site</c> decides when present (the
    /// browser sets it and a page cannot): <c>same-origin</c> or <c>none</c>. Older browsers are judged by
    /// <c>Origin</c>, which must be this app's scheme and host; Chromium sends <c>Origin: null</c> for the app's own
    /// forms because of <c>Referrer-Policy: no-referrer</c>, but always with <c>Sec-Fetch-Site</c>.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site.Equals("same-origin", StringComparison.OrdinalIgnoreCase)
                || site.Equals("none", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method)
        || HttpMethods.IsHead(method)
        || HttpMethods.IsOptions(method)
        || HttpMethods.IsTrace(method);
}
