namespace GeoOpgave.Web.Security;

/// <summary>
/// Adds the browser hardening headers to every response. The CSP allows only this host and the PDOK background tiles;
/// inline scripts only with this request's nonce (<see cref="CspNonce"/>), never 'unsafe-inline'. Blazor's circuit
/// needs ws:/wss: to the same host and inline style attributes (Leaflet too).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The policy for one response; <paramref name="nonce"/> is the request's
    /// <see cref="CspNonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https://service.pdok.nl; connect-src 'self' ws: wss: https://service.pdok.nl; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Apply(context);
        // The exception handler clears the response's headers before it writes its problem+json; that answer needs them
        // too.
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.XContentTypeOptions.Count == 0)
            {
                Apply(context);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy(CspNonce.Of(context));
    }
}
