using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.Storage.Postgres.Aggregation;
using GeoOpgave.Storage.Tests.TestSupport;
using Npgsql;

namespace GeoOpgave.Storage.Tests.Postgres.Aggregation;

/// <summary>
/// The PostGIS twin against the .NET aggregators on small inline cases. Staging tables are temporary, so
/// these run in the server's own database without disturbing anything.
/// </summary>
public sealed class PostgisAggregationSessionTests
{
    // Three squares of 100 m: A (BU..03) bottom-left, B (BU..01) bottom-right, C (BU..02) on top of both;
    // (100100 400100) is a vertex of all three.
    private static readonly Area[] Areas =
    [
        Square("BU00000003", 100000, 400000, 100100, 400100),
        Square("BU00000001", 100100, 400000, 100200, 400100),
        Square("BU00000002", 100000, 400100, 100200, 400200),
    ];

    [Fact]
    public async Task AggregatePointsAsync_PointsOnSharedEdgesAndVertex_CountedOnceByLowestCode()
    {
        var points = new[]
        {
            Point(100100, 400050, 1, "E"),   // edge A|B → BU..01
            Point(100100, 400100, 2, "F"),   // vertex of A, B and C → BU..01
            Point(100050, 400100, 4, "E"),   // edge A|C → BU..02
            Point(100000, 400050, 8, null),  // outer boundary of A → BU..03
            Point(100050, 400050, null, "G"), // inside A
            Point(99000, 400050, 16, "E"),   // outside everything
        };

        await using var session = await BeginAsync();
        await session.LoadFeaturesAsync(
            points.Select(p => new PostgisFeature(TestAreas.Read(p.Wkt), p.Value, p.Class)),
            default
        );
        var sql = await session.AggregatePointsAsync(default);
        var dotnet = AggregatePoints.Run(Areas, points.Select(p => new PointObservation(p.X, p.Y, p.Value, p.Class)));

        Assert.Equal(2, sql.ByArea["BU00000001"].Count);
        Assert.Equal(1, sql.ByArea["BU00000002"].Count);
        Assert.Equal(2, sql.ByArea["BU00000003"].Count);
        Assert.Equal(1, sql.Unassigned);
        Assert.Equal(3.0, sql.ByArea["BU00000001"].Sum);
        Assert.Equal(8.0, sql.ByArea["BU00000003"].Mean);
        foreach (var area in Areas)
        {
            var (s, d) = (sql.ByArea[area.Code], dotnet.ByArea[area.Code]);
            Assert.Equal((d.Count, d.ValueCount, d.Sum, d.Min, d.Max), (s.Count, s.ValueCount, s.Sum, s.Min, s.Max));
            Assert.Equal(
                d.ClassCounts.OrderBy(c => c.Key, StringComparer.Ordinal),
                s.ClassCounts.OrderBy(c => c.Key, StringComparer.Ordinal)
            );
        }

        Assert.Equal(dotnet.Unassigned, sql.Unassigned);
    }

    [Fact]
    public async Task AggregatePointsAsync_MultiPointAcrossAreas_EveryPointCountedOnce()
    {
        await using var session = await BeginAsync();
        await session.LoadFeaturesAsync(
            [
                new PostgisFeature(
                    TestAreas.Read("MULTIPOINT ((100050 400050), (100150 400050), (100100 400100))"),
                    5,
                    "A"
                ),
                new PostgisFeature(TestAreas.Read("POINT (100150 400150)"), 1, "B"),
                new PostgisFeature(TestAreas.Read("POINT EMPTY"), 1, "B"),
            ],
            default);

        var result = await session.AggregatePointsAsync(default);

        Assert.Equal(
            (1L, 2L, 1L),
            (result.ByArea["BU00000003"].Count, result.ByArea["BU00000001"].Count, result.ByArea["BU00000002"].Count)
        );
        Assert.Equal(2L, result.ByArea["BU00000001"].ClassCounts["A"]);
        Assert.Equal(10.0, result.ByArea["BU00000001"].Sum);
        Assert.Equal(0, result.Unassigned);
    }

    [Fact]
    public async Task AggregateZonesAsync_OverlappingInvalidAndEmptyZones_MatchDotnetAndReportIssues()
    {
        var zones = new[]
        {
            new ZoneObservation(
                TestAreas.Read("POLYGON ((100050 400000, 100150 400000, 100150 400150, 100050 400150, 100050 400000))"),
                "3"
            ),
            new ZoneObservation(
                TestAreas.Read("POLYGON ((100080 400020, 100180 400020, 100180 400080, 100080 400080, 100080 400020))"),
                "3"
            ),
            new ZoneObservation(
                TestAreas.Read("POLYGON ((100000 400100, 100100 400200, 100100 400100, 100000 400200, 100000 400100))"),
                "5"
            ),
            new ZoneObservation(TestAreas.Read("POLYGON EMPTY"), "5"),
            new ZoneObservation(TestAreas.Read("LINESTRING (100000 400000, 100200 400200)"), "1"),
        };

        await using var session = await BeginAsync();
        await session.LoadFeaturesAsync(zones.Select(z => new PostgisFeature(z.Geometry, null, z.Class)), default);
        var sql = await session.AggregateZonesAsync(default);
        var dotnet = AggregateZones.Run(Areas, zones);

        Assert.Equal(
            dotnet.Coverage.Select(c => (c.AreaCode, c.Class)),
            sql.Coverage.Select(c => (c.AreaCode, c.Class))
        );
        foreach (var (s, d) in sql.Coverage.Zip(dotnet.Coverage))
        {
            Assert.Equal(d.AreaM2, s.AreaM2, 1e-6 * Math.Max(1, d.AreaM2));
            Assert.Equal(d.Share, s.Share, 1e-9);
        }

        Assert.Equal((100 * 150) + (30 * 60), sql.Coverage.Where(c => c.Class == "3").Sum(c => c.AreaM2), 1e-6);
        Assert.Equal(
            [(2, IssueKind.Repaired), (3, IssueKind.EmptyGeometry), (4, IssueKind.UnsupportedGeometry)],
            sql.Issues.Select(i => (i.Index, i.Kind)));
        Assert.Equal(dotnet.Issues.Select(i => (i.Index, i.Kind)), sql.Issues.Select(i => (i.Index, i.Kind)));
    }

    [Fact]
    public async Task AggregateLinesAsync_LineOnSharedEdge_CountsInBothAreas()
    {
        var lines = new[]
        {
            (TestAreas.Read("LINESTRING (100100 400000, 100100 400100)"), (string?)"transport"),
            (TestAreas.Read("LINESTRING (100050 400050, 100150 400150)"), (string?)null),
            (TestAreas.Read("POINT (100050 400050)"), (string?)null),
        };

        await using var session = await BeginAsync();
        await session.LoadFeaturesAsync(lines.Select(l => new PostgisFeature(l.Item1, null, l.Item2)), default);
        var sql = await session.AggregateLinesAsync(default);
        var dotnet = AggregateLines.Run(Areas, lines);

        Assert.Equal(100, sql.Lengths.Single(l => l.AreaCode == "BU00000001" && l.Class == "transport").LengthM, 1e-9);
        Assert.Equal(100, sql.Lengths.Single(l => l.AreaCode == "BU00000003" && l.Class == "transport").LengthM, 1e-9);
        Assert.Equal(dotnet.Lengths.Select(l => (l.AreaCode, l.Class)), sql.Lengths.Select(l => (l.AreaCode, l.Class)));
        Assert.All(sql.Lengths.Zip(dotnet.Lengths), p => Assert.Equal(p.Second.LengthM, p.First.LengthM, 1e-9));
        Assert.Equal(IssueKind.UnsupportedGeometry, Assert.Single(sql.Issues).Kind);
    }

    [Fact]
    public async Task InterpolateArealAsync_SourceAcrossTwoAreas_SharesByAreaLikeDotnet()
    {
        var sources = new[]
        {
            new ArealSource(
                TestAreas.Read("POLYGON ((100050 400000, 100150 400000, 100150 400100, 100050 400100, 100050 400000))"),
                100
            ),
            new ArealSource(
                TestAreas.Read("POLYGON ((100000 400100, 100200 400100, 100200 400200, 100000 400200, 100000 400100))"),
                7
            ),
            new ArealSource(
                TestAreas.Read("POLYGON ((100000 400000, 100010 400000, 100010 400010, 100000 400010, 100000 400000))"),
                null
            ),
        };

        await using var session = await BeginAsync();
        await session.LoadFeaturesAsync(sources.Select(s => new PostgisFeature(s.Geometry, s.Value, null)), default);
        var (sql, issues) = await session.InterpolateArealAsync(default);
        var (dotnet, _) = InterpolateAreal.Run(Areas, sources);

        Assert.Equal(50, sql.Single(e => e.AreaCode == "BU00000001").Extensive!.Value, 1e-9);
        Assert.Equal(107, sql.Sum(e => e.Extensive ?? 0), 1e-9);
        Assert.Empty(issues);
        foreach (var (s, d) in sql.Zip(dotnet))
        {
            Assert.Equal(d.AreaCode, s.AreaCode);
            Assert.Equal(d.Extensive!.Value, s.Extensive!.Value, 1e-9);
            Assert.Equal(d.Intensive!.Value, s.Intensive!.Value, 1e-9);
            Assert.Equal(d.OverlapM2, s.OverlapM2, 1e-6);
        }
    }

    [Fact]
    public async Task DisposeAsync_AfterAggregating_LeavesNoStagingTable()
    {
        await using (var session = await BeginAsync())
        {
            await session.LoadFeaturesAsync(
                [new PostgisFeature(TestAreas.Read("POINT (100050 400050)"), 1, null)],
                default
            );
            Assert.Equal(1, (await session.AggregatePointsAsync(default)).ByArea["BU00000003"].Count);
        }

        await using var connection = new NpgsqlConnection(PostgresTestDatabase.ServerConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_class WHERE relname LIKE 'go_agg%'",
            connection
        );

        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    private static async Task<PostgisAggregationSession> BeginAsync()
    {
        var session = await PostgisAggregationSession.BeginAsync(
            PostgresTestDatabase.ServerConnectionString(),
            default
        );
        await session.LoadAreasAsync(Areas, default);
        return session;
    }

    private static Area Square(string code, double x0, double y0, double x1, double y1) =>
        TestAreas.Buurt(code, 2024, $"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))");

    private static (double X, double Y, double? Value, string? Class, string Wkt) Point(
        double x,
        double y,
        double? value,
        string? cls
    ) => (x, y, value, cls, $"POINT ({x} {y})");
}
