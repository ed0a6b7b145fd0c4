namespace GeoOpgave.Web.Hosting;

/// <summary>The web host's middleware that is not an endpoint.</summary>
public static class WebApplicationExtensions
{
    /// <summary>
    /// Exceptions become problem+json in every environment through <see cref="Api.Errors.ApiExceptionHandler"/> (the
    /// developer exception page would show stack traces to anyone who can reach a `dotnet run` started on a network
    /// address), and a bare 404 shows the not-found page.
    /// </summary>
    public static WebApplication UseGeoOpgaveErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app;
    }
}
