using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Export;

/// <summary>Registers the export use cases; the hosts call it next to <c>AddGeoOpgaveApplication</c>.</summary>
public static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddGeoOpgaveExport(this IServiceCollection services)
    {
        services.AddScoped<ExportService>();
        services.AddScoped<CollectionCatalog>();
        services.AddSingleton<CollectionCache>();
        return services;
    }
}
