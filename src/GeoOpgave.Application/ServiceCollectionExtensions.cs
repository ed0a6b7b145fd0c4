using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Import;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Application.Selecties;
using GeoOpgave.Application.Users;
using GeoOpgave.Application.Workspace;
using GeoOpgave.Storage.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the use cases and the storage they share. The database comes from the connection
    /// string <c>ConnectionStrings:GeoOpgave</c>: empty for the embedded SQLite default, a PostgreSQL
    /// connection string for PostGIS.
    /// </summary>
    public static IServiceCollection AddGeoOpgaveApplication(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GeoOpgaveOptions>()
            .Bind(configuration.GetSection(GeoOpgaveOptions.SectionName))
            .Validate(
                o => Directory.Exists(o.ResolveDataDirectory()),
                "GeoOpgave:DataDirectory wijst naar een map die niet bestaat."
            )
            .ValidateOnStart();
        services.AddGeoOpgaveStorage(configuration.GetConnectionString("GeoOpgave"));
        services.AddSingleton<ProfileCatalog>();
        services.AddGeoOpgaveAnalysis();
        services.AddScoped<WorkspaceInitializer>();
        services.AddGeoOpgaveUsers();
        services.AddGeoOpgaveImport(configuration);
        services.AddScoped<SelectieService>();
        services.AddScoped<Indicators.IndicatorComputeService>();
        services.AddScoped<Indicators.IndicatorBindingService>();
        services.AddScoped<Indicators.IndicatorValueSources>();
        services.AddScoped<Status.StatusService>();
        services.AddScoped<ProfileVersionService>();
        services.AddScoped<Werken.WerkenService>();
        return services;
    }
}
