namespace GeoOpgave.Web.Security;

/// <summary>The security middleware, in the order it has to run.</summary>
public static class SecurityApplicationExtensions
{
    /// <summary>
    /// Security headers, the local/server-mode decision, authentication, authorization and the login rate
    /// limit. Call after error handling and before antiforgery and the endpoints.
    /// </summary>
    public static WebApplication UseGeoOpgaveSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.Use(async (context, next) =>
        {
            var mode = context.RequestServices.GetRequiredService<SecurityMode>();
            context.Items[SecurityServiceCollectionExtensions.LocalModeItem] = await mode.IsLocalAsync(context.RequestAborted);
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
