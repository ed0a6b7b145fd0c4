using GeoOpgave.Web.Api.Errors;

namespace GeoOpgave.Web.Security;

/// <summary>The security middleware, in the order it has to run.</summary>
public static class SecurityApplicationExtensions
{
    /// <summary>
    /// Security headers, the same-origin check of unsafe methods, the local/server-mode decision (a foreign Host on a
    /// local-mode host is refused with 400), authentication, authorization and the login rate
    /// limit. Call after error handling and before antiforgery and the endpoints.
    /// </summary>
    public static WebApplication UseGeoOpgaveSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<SameOriginMiddleware>();
        app.Use(async (context, next) =>
        {
            var mode = await context.RequestServices.GetRequiredService<SecurityMode>().DecideAsync(context);
            if (mode == RequestMode.ForeignHost)
            {
                await Problems.Of(StatusCodes.Status400BadRequest, "host-onbekend",
                    "Deze lokale GeoOpgave antwoordt alleen op localhost of 127.0.0.1.").ExecuteAsync(context);
                return;
            }

            context.Items[SecurityServiceCollectionExtensions.LocalModeItem] = mode == RequestMode.Local;
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
