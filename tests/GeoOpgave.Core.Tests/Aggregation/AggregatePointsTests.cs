using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregatePointsTests
{
    [Fact]
    public void Run_PointsInside_CountedWithStatistics()
    {
        PointObservation[] points = [new(10, 10, 2, "E"), new(20, 20, 4, "A"), new(150, 50, 10, "G")];

        var result = AggregatePoints.Run(TestAreas.TwoSquares(), points);

        var west = result.ByArea["BU99990001"];
        Assert.Equal(2, west.Count);
        Assert.Equal(3, west.Mean);
        Assert.Equal(2, west.Min);
        Assert.Equal(4, west.Max);
        Assert.Equal(0.5, west.ShareOf(["E", "F", "G"]));
        Assert.Equal(1, result.ByArea["BU99990002"].Count);
    }

    [Fact]
    public void Run_PointOnSharedEdge_CountedOnceInLowestCode()
    {
        PointObservation[] points = [new(100, 50, null, null), new(100, 100, null, null)];

        var result = AggregatePoints.Run(TestAreas.TwoSquares(), points);

        Assert.Equal(2, result.ByArea["BU99990001"].Count);
        Assert.Equal(0, result.ByArea["BU99990002"].Count);
        Assert.Equal(0, result.Unassigned);
    }

    [Fact]
    public void Run_PointOutsideEveryArea_IsUnassignedAndCountsSumToInside()
    {
        PointObservation[] points =
        [
            new(-5, 50, null, null),
            new(200, 100, null, null),
            new(250, 50, null, null),
            new(1, 1, null, null),
        ];

        var result = AggregatePoints.Run(TestAreas.TwoSquares(), points);

        Assert.Equal(2, result.Unassigned);
        Assert.Equal(2, result.ByArea.Values.Sum(s => s.Count));
    }

    [Fact]
    public void Run_NoValues_StatisticsAreUnknownNotZero()
    {
        var result = AggregatePoints.Run(TestAreas.TwoSquares(), [new PointObservation(10, 10, null, null)]);

        var west = result.ByArea["BU99990001"];
        Assert.Null(west.Mean);
        Assert.Null(west.Sum);
        Assert.Null(result.ByArea["BU99990002"].ShareOf(["E"]));
    }

    [Fact]
    public void Run_RandomPointsOverCoverage_CountsSumToPointsInside()
    {
        var (areas, _, _) = JitteredCoverage.Build(10, seed: 5);
        var random = new Random(1);
        var points = Enumerable
            .Range(0, 50_000)
            .Select(_ => new PointObservation(
                900 + (random.NextDouble() * 1200),
                1900 + (random.NextDouble() * 1200),
                1,
                null
            ))
            .ToArray();
        var inside = points.Count(p => p.X >= 1000 && p.X <= 2000 && p.Y >= 2000 && p.Y <= 3000);

        var result = AggregatePoints.Run(
            new AreaPointLocator(areas),
            points,
            new AggregatePointsParameters { BatchSize = 1000 }
        );

        Assert.Equal(inside, result.ByArea.Values.Sum(s => s.Count));
        Assert.Equal(points.Length - inside, result.Unassigned);
        Assert.Equal(inside, result.ByArea.Values.Sum(s => s.Sum ?? 0), 6);
    }

    [Fact]
    public void Run_Batches_ClassesNamedAfterTheStream()
    {
        var locator = new AreaPointLocator(TestAreas.TwoSquares());
        var classes = new List<string> { "A", "G" };
        PointBatch[] batches =
        [
            new([10, 20, 150, 999], [10, 10, 50, 999], [1, double.NaN, 5, 7], [0, 1, 1, 0], 3),
            new([120], [20], null, null, 1),
        ];

        var result = AggregatePoints.Run(locator, batches, classes);

        var west = result.ByArea["BU99990001"];
        var east = result.ByArea["BU99990002"];
        Assert.Equal(2, west.Count);
        Assert.Equal(1, west.ValueCount);
        Assert.Equal(1, west.ClassCounts["A"]);
        Assert.Equal(2, east.Count);
        Assert.Equal(0.5, east.ShareOf(["G"]));
        Assert.Equal(5, east.Max);
        Assert.Equal(0, result.Unassigned);
    }

    [Fact]
    public void Run_NaNCoordinate_UnassignedNotThrown()
    {
        var result = AggregatePoints.Run(TestAreas.TwoSquares(), [new PointObservation(double.NaN, 10, 1, null)]);

        Assert.Equal(1, result.Unassigned);
    }
}
