using GeoOpgave.Application;
using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Storage;
using GeoOpgave.Storage.Postgres.Aggregation;
using Microsoft.Extensions.Configuration;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// The PostGIS twin for the command: the areas are copied into temporary tables once, each layer run
/// stages its features the same way; one transaction, rolled back at the end, so nothing stays behind.
/// </summary>
internal sealed class AggregatePostgisEngine : IAggregateEngine
{
    private readonly PostgisAggregationSession _session;

    private AggregatePostgisEngine(PostgisAggregationSession session) => _session = session;

    /// <summary>Connects to the database of <c>--db</c> (else ConnectionStrings:GeoOpgave) and stages the areas.</summary>
    public static async Task<AggregatePostgisEngine> CreateAsync(string? db, IReadOnlyList<Area> areas, CancellationToken cancellationToken)
    {
        var connectionString = PostgresConnectionString(db);
        // A server that cannot be reached is not the input's fault: its NpgsqlException ends as exit code 1.
        var session = await PostgisAggregationSession.BeginAsync(connectionString, cancellationToken);
        var engine = new AggregatePostgisEngine(session);
        try
        {
            await session.LoadAreasAsync(areas, cancellationToken);
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public async Task<PointAggregationResult> PointsAsync(IEnumerable<PointBatch> batches, IReadOnlyList<string> classNames, CancellationToken cancellationToken)
    {
        var factory = GeometryFactory.Default;
        var features = batches.SelectMany(b => Enumerable.Range(b.Start, b.Count).Select(k => new PostgisFeature(
            factory.CreatePoint(new Coordinate(b.X[k], b.Y[k])),
            b.Values is { } v && double.IsFinite(v[k]) ? v[k] : null,
            b.Classes is { } c && c[k] >= 0 ? classNames[c[k]] : null)));
        await _session.LoadFeaturesAsync(features, cancellationToken);
        return await _session.AggregatePointsAsync(cancellationToken);
    }

    public async Task<ZoneAggregationResult> ZonesAsync(IEnumerable<ZoneObservation> zones, CancellationToken cancellationToken)
    {
        await _session.LoadFeaturesAsync(zones.Select(z => new PostgisFeature(z.Geometry, null, z.Class)), cancellationToken);
        return await _session.AggregateZonesAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<ArealEstimate> Estimates, IReadOnlyList<AggregationIssue> Issues)> InterpolateAsync(IEnumerable<ArealSource> sources, CancellationToken cancellationToken)
    {
        await _session.LoadFeaturesAsync(sources.Select(s => new PostgisFeature(s.Geometry, s.Value, null)), cancellationToken);
        return await _session.InterpolateArealAsync(cancellationToken);
    }

    public async Task<LineAggregationResult> LinesAsync(IEnumerable<(Geometry Line, string? Class)> lines, CancellationToken cancellationToken)
    {
        await _session.LoadFeaturesAsync(lines.Select(l => new PostgisFeature(l.Line, null, l.Class)), cancellationToken);
        return await _session.AggregateLinesAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private static string PostgresConnectionString(string? db)
    {
        var configured = db ?? new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetConnectionString(StorageOptions.ConnectionStringName);
        const string Advice = "--engine postgis rekent in een PostgreSQL-database met PostGIS: geef --db 'Host=…;Database=…' op (of ConnectionStrings__GeoOpgave).";
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
