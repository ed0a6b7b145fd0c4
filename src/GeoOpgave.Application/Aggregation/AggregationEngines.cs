using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Postgres.Aggregation;
using Microsoft.Extensions.Configuration;

namespace GeoOpgave.Application.Aggregation;

/// <summary>Opens the <see cref="IAggregationEngine"/> for a set of areas: in process, or in a PostGIS
/// database.</summary>
public static class AggregationEngines
{
    private const string Advice =
        "--engine postgis rekent in een PostgreSQL-database met PostGIS: geef --db 'Host=…;Database=…' op (of ConnectionStrings__GeoOpgave).";

    /// <param name="areas">The areas, in RD New.</param>
    /// <param name="expectedPoints">About how many points will be aggregated, when known: it tunes the point
    /// index.</param>
    public static IAggregationEngine InProcess(IReadOnlyList<Area> areas, long? expectedPoints = null) =>
        new DotnetAggregationEngine(areas, expectedPoints);

    /// <summary>Connects and stages the areas; the engine's disposal rolls everything back.</summary>
    /// <remarks>A server that cannot be reached is not the input's fault: its NpgsqlException is left to the
    /// caller.</remarks>
    public static async Task<IAggregationEngine> OpenPostgisAsync(
        string connectionString,
        IReadOnlyList<Area> areas,
        CancellationToken cancellationToken
    )
    {
        var session = await PostgisAggregationSession.BeginAsync(connectionString, cancellationToken);
        try
        {
            await session.LoadAreasAsync(areas, cancellationToken);
            return new PostgisAggregationEngine(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The PostgreSQL connection string of ConnectionStrings:GeoOpgave.</summary>
    /// <exception cref="GeoOpgaveException">No database is configured, or it is SQLite.</exception>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new GeoOpgaveException("engine-geen-database", $"Geen database opgegeven. {Advice}");
        }

        try
        {
            var options = StorageOptions.FromConnectionString(configured);
            return options.Provider == StorageProvider.PostgreSql
                ? options.ConnectionString
                : throw new GeoOpgaveException("engine-geen-postgis", $"De opgegeven database is SQLite. {Advice}");
        }
        catch (StorageConfigurationException ex)
        {
            throw new GeoOpgaveException("engine-geen-database", $"{ex.Message} {Advice}");
        }
    }
}
