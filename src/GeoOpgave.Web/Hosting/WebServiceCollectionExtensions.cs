using GeoOpgave.Application.Export;
using GeoOpgave.Application.Tiles;
using GeoOpgave.Web.Api.Errors;

namespace GeoOpgave.Web.Hosting;

/// <summary>Registers what the web host adds on top of the application services.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Razor components with interactive server rendering, problem details for API errors (one exception
    /// handler maps the application's refusals and unreadable requests to their status) and the start-up step that
    /// readies the workspace (migrations, demo data).
    /// </summary>
    public static IServiceCollection AddGeoOpgaveWeb(this IServiceCollection services)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        // A body or parameter that cannot be bound throws, in every environment, so that ApiExceptionHandler answers
        // it as problem+json saying what is wrong; otherwise it is an empty 400 outside Development.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddGeoOpgaveExport();
        services.AddGeoOpgaveTiles();
        services.AddHostedService<WorkspaceStartup>();
        services.AddHostedService<CacheWarmup>();
        return services;
    }
}
