using GeoOpgave.Application.Agenda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoOpgave.Application.Analysis;

/// <summary>Registers the analysis use cases: analysis, sensitivity, scenario comparison and the
/// gebiedsagenda.</summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddGeoOpgaveAnalysis(this IServiceCollection services)
    {
        services.TryAddSingleton<ContiguityCache>();
        services.TryAddSingleton<AnalysisCache>();
        services.TryAddScoped<AnalysisService>();
        services.TryAddScoped<SensitivityService>();
        services.TryAddScoped<ScenarioService>();
        services.TryAddScoped<AgendaService>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
