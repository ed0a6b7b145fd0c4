namespace GeoOpgave.Web.Api.Tiles;

/// <summary>Registers what the vector tiles need.</summary>
public static class TileServiceCollectionExtensions
{
    /// <summary>Adds the process-wide tile cache.</summary>
    public static IServiceCollection AddGeoOpgaveTiles(this IServiceCollection services)
    {
        services.AddSingleton<TileCache>();
        return services;
    }
}
