using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using Npgsql;

namespace GeoOpgave.Storage.Postgres.Aggregation;

/// <summary>
/// The PostGIS twin of the .NET aggregators (<see cref="AggregatePoints"/>, <see cref="AggregateZones"/>,
/// <see cref="InterpolateAreal"/>, <see cref="AggregateLines"/>): the areas and one layer are staged in
/// temporary tables inside one transaction that is rolled back at the end, so nothing is left behind; the
/// answers come back in the same Core result types, by the same rules (see each method). Geometry in RD New.
/// </summary>
public sealed class PostgisAggregationSession : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<AggregationIssue> _areaIssues = [];
    private FeatureKind? _preparedAs;
    private List<AggregationIssue> _featureIssues = [];

    private PostgisAggregationSession(
        NpgsqlDataSource source,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction
    ) => (_source, _connection, _transaction) = (source, connection, transaction);

    /// <summary>Opens a connection to a PostGIS database and creates the (empty) staging tables.</summary>
    /// <exception cref="NpgsqlException">The server cannot be reached or has no PostGIS.</exception>
    public static async Task<PostgisAggregationSession> BeginAsync(
        string connectionString,
        CancellationToken cancellationToken
    )
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // An aggregation over millions of features may run for minutes; the caller cancels with its token instead.
        builder.ConnectionStringBuilder.CommandTimeout = 0;
        builder.UseNetTopologySuite();
        var source = builder.Build();
        NpgsqlConnection? connection = null;
        try
        {
            connection = await source.OpenConnectionAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var session = new PostgisAggregationSession(source, connection, transaction);
            await session.ExecuteAsync(PostgisAggregationSql.CreateStaging, cancellationToken);
            return session;
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            await source.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stages the areas (RD New) in the order given; that order is the order of the results.</summary>
    public async Task LoadAreasAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(areas);
        await ExecuteAsync(PostgisAggregationSql.ClearAreas, cancellationToken);
        await PostgisStaging.CopyAreasAsync(_connection, areas, cancellationToken);
        await PrepareAreasAsync(cancellationToken);
    }

    /// <summary>The codes and areas (m², after repair) of the staged areas in result order.</summary>
    public Task<IReadOnlyList<(string Code, double AreaM2)>> GetAreasAsync(CancellationToken cancellationToken) =>
        PostgisStaging.ReadAreasAsync(_connection, cancellationToken);

    /// <summary>Stages a layer's features (RD New) with their value and class, in the order given (issue indexes count
    /// in it).</summary>
    public async Task LoadFeaturesAsync(IEnumerable<PostgisFeature> features, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        await ClearFeaturesAsync(cancellationToken);
        await PostgisStaging.CopyFeaturesAsync(_connection, features, cancellationToken);
        await ExecuteAsync(PostgisAggregationSql.IndexFeatures, cancellationToken);
    }

    /// <summary>
    /// Points → areas as <see cref="AggregatePoints"/>: every point of a (multi)point in exactly one area, the
    /// lowest code (ordinal) among the areas whose closure holds it (ST_Intersects + DISTINCT ON … ORDER BY code).
    /// </summary>
    public async Task<PointAggregationResult> AggregatePointsAsync(CancellationToken cancellationToken)
    {
        await PrepareFeaturesAsync(FeatureKind.Points, cancellationToken);
        return (await PostgisPointAggregation.RunAsync(_connection, cancellationToken)) with
        {
            Issues = _areaIssues.ToList(),
        };
    }

    /// <summary>Polygons → areas as <see cref="AggregateZones"/>: covered area and share per class, zones of a class
    /// dissolved (ST_Union of the clipped pieces per subdivided area).</summary>
    public async Task<ZoneAggregationResult> AggregateZonesAsync(CancellationToken cancellationToken)
    {
        await PrepareFeaturesAsync(FeatureKind.Polygons, cancellationToken);
        var coverage = await PostgisZoneAggregation.RunAsync(_connection, cancellationToken);
        return new ZoneAggregationResult(coverage, Issues());
    }

    /// <summary>Areal interpolation as <see cref="InterpolateAreal"/>: extensive (area-shared sum) and intensive
    /// (overlap-weighted mean) per area.</summary>
    public async Task<(
        IReadOnlyList<ArealEstimate> Estimates,
        IReadOnlyList<AggregationIssue> Issues
    )> InterpolateArealAsync(CancellationToken cancellationToken)
    {
        await PrepareFeaturesAsync(FeatureKind.Polygons, cancellationToken);
        var estimates = await PostgisArealInterpolation.RunAsync(_connection, cancellationToken);
        return (estimates, Issues());
    }

    /// <summary>Lines → areas as <see cref="AggregateLines"/>: length per class and area; a line on a shared boundary
    /// counts in both.</summary>
    public async Task<LineAggregationResult> AggregateLinesAsync(CancellationToken cancellationToken)
    {
        await PrepareFeaturesAsync(FeatureKind.Lines, cancellationToken);
        var lengths = await PostgisLineAggregation.RunAsync(_connection, cancellationToken);
        return new LineAggregationResult(lengths, Issues());
    }

    /// <summary>Rolls the transaction back, which drops the staging tables, and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.RollbackAsync();
        }
        finally
        {
            await _transaction.DisposeAsync();
            await _connection.DisposeAsync();
            await _source.DisposeAsync();
        }
    }

    private List<AggregationIssue> Issues() => [.. _areaIssues, .. _featureIssues];

    private async Task ClearFeaturesAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(PostgisAggregationSql.ClearFeatures, cancellationToken);
        (_preparedAs, _featureIssues) = (null, []);
    }

    private async Task PrepareAreasAsync(CancellationToken cancellationToken)
    {
        _areaIssues.Clear();
        _areaIssues.AddRange(
            await PostgisGeometryCheck.RepairAsync(_connection, PostgisGeometryCheck.Areas, cancellationToken)
        );
        await ExecuteAsync(PostgisAggregationSql.IndexAreas, cancellationToken);
    }

    private async Task PrepareFeaturesAsync(FeatureKind kind, CancellationToken cancellationToken)
    {
        if (_preparedAs == kind)
        {
            return;
        }

        if (_preparedAs is not null)
        {
            throw new InvalidOperationException(
                "The staged layer was already checked as another kind of geometry; stage it again."
            );
        }

        if (kind == FeatureKind.Points)
        {
            await ExecuteAsync(PostgisAggregationSql.ExplodePoints, cancellationToken);
        }
        else
        {
            var check = kind == FeatureKind.Lines ? PostgisGeometryCheck.Lines : PostgisGeometryCheck.Zones;
            _featureIssues = await PostgisGeometryCheck.RepairAsync(_connection, check, cancellationToken);
        }

        _preparedAs = kind;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private enum FeatureKind
    {
        Points,
        Polygons,
        Lines,
    }
}
