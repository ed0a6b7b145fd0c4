using GeoOpgave.Storage.Audit;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Profiles;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeoOpgave.Storage.Configuration;

/// <summary>Registers GeoOpgave's storage in a host.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/>, an <see cref="IDbContextFactory{TContext}"/> of
    /// <see cref="GeoOpgaveDbContext"/> (singleton), a scoped <see cref="GeoOpgaveDbContext"/> of the provider
    /// the connection string names (see <see cref="StorageOptions.FromConnectionString"/>) and a scoped
    /// <see cref="WorkspaceStore"/>, <see cref="LayerStore"/>, <see cref="AuditLogStore"/> and
    /// <see cref="SelectieStore"/>. Null or empty means the default SQLite file.
    /// </summary>
    /// <exception cref="StorageConfigurationException">The connection string is malformed: start-up stops
    /// here.</exception>
    public static IServiceCollection AddGeoOpgaveStorage(this IServiceCollection services, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = StorageOptions.FromConnectionString(connectionString);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IDbContextFactory<GeoOpgaveDbContext>>(new GeoOpgaveDbContextFactory(options));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<GeoOpgaveDbContext>>().CreateDbContext());
        services.TryAddSingleton<SchemaMigration>();
        services.TryAddScoped<WorkspaceStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<LayerStore>();
        services.TryAddScoped<AuditLogStore>();
        services.TryAddScoped<SelectieStore>();
        services.TryAddScoped<ProfileVersionStore>();
        services.TryAddScoped<Indicators.DerivedIndicatorStore>();
        services.TryAddScoped<Indicators.IndicatorBindingStore>();
        return services;
    }
}
