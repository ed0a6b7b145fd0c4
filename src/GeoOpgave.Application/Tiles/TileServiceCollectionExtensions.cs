using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tiles;

/// <summary>Registers what the vector tiles need; the web host calls it next to <c>AddGeoOpgaveExport</c>.</summary>
public static class TileServiceCollectionExtensions
{
    /// <summary>Adds the process-wide tile cache.</summary>
    public static IServiceCollection AddGeoOpgaveTiles(this IServiceCollection services)
    {
        services.AddSingleton<TileCache>();
        return services;
    }
}
