using GeoOpgave.Web.Security;

namespace GeoOpgave.Web.Hosting;

/// <summary>The web host's middleware that is not an endpoint.</summary>
public static class WebApplicationExtensions
{
    /// <summary>
    /// Exceptions become problem+json in every environment through <see cref="Api.Errors.ApiExceptionHandler"/> (the
    /// developer exception page would show stack traces to anyone who can reach a `dotnet run` started on a network
    /// address), a bare 404 or 405 of an API path is problem+json (<see cref="Api.Errors.UnmatchedRouteProblem"/>)
    /// and any other bare 404 shows the not-found page.
    /// </summary>
    public static WebApplication UseGeoOpgaveErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Inside the page's handler, so it answers first; what it leaves unanswered still gets the page.
        app.UseWhen(
            context => ApiPaths.IsApi(context.Request.Path),
            api => api.UseStatusCodePages(Api.Errors.UnmatchedRouteProblem.WriteAsync)
        );
        return app;
    }
}
