using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregateLinesTests
{
    [Fact]
    public void Run_LineAcrossTwoBuurten_SplitsItsLength()
    {
        var line = TestAreas.Wkt("LINESTRING (50 50, 180 50)");

        var result = AggregateLines.Run(TestAreas.TwoSquares(), [(line, null)]);

        Assert.Equal(50, result.Single(l => l.AreaCode == "BU99990001").LengthM, 9);
        Assert.Equal(80, result.Single(l => l.AreaCode == "BU99990002").LengthM, 9);
    }
}
