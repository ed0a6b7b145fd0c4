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
        PointObservation[] points = [new(-5, 50, null, null), new(200, 100, null, null), new(250, 50, null, null), new(1, 1, null, null)];

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
}
