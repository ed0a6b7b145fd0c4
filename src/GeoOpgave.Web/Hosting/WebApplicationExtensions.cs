namespace GeoOpgave.Web.Hosting;

/// <summary>The web host's middleware that is not an endpoint.</summary>
public static class WebApplicationExtensions
{
    /// <summary>
    /// Unhandled exceptions become problem+json outside development and a bare 404 shows the not-found page
    /// (development keeps the developer exception page).
    /// </summary>
    public static WebApplication UseGeoOpgaveErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app;
    }
}
