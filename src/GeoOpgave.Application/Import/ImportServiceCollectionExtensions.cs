using GeoOpgave.Application.Layers;
using GeoOpgave.Application.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Import;

/// <summary>Registers the import and layer use cases with their <see cref="ImportOptions"/>.</summary>
public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddGeoOpgaveImport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ImportService>();
        services.AddSingleton<ImportGate>();
        services.AddScoped<LayerService>();
        services.AddScoped<AreaImportService>();
        services.AddScoped<CbsDownloadService>();
        return services;
    }
}
