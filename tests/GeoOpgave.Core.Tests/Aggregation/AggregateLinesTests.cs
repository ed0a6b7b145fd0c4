using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregateLinesTests
{
    [Fact]
    public void Run_LineAcrossTwoBuurten_SplitsItsLength()
    {
        var line = TestAreas.Wkt("LINESTRING (50 50, 180 50)");

        var result = AggregateLines.Run(TestAreas.TwoSquares(), [(line, null)]).Lengths;

        Assert.Equal(50, result.Single(l => l.AreaCode == "BU99990001").LengthM, 9);
        Assert.Equal(80, result.Single(l => l.AreaCode == "BU99990002").LengthM, 9);
    }

    [Fact]
    public void Run_Classes_OneRowPerAreaAndClass()
    {
        (NetTopologySuite.Geometries.Geometry, string?)[] lines =
        [
            (TestAreas.Wkt("LINESTRING (10 10, 30 10)"), "transport"),
            (TestAreas.Wkt("MULTILINESTRING ((110 10, 120 10), (130 10, 135 10))"), "distributie"),
        ];

        var result = AggregateLines.Run(TestAreas.TwoSquares(), lines).Lengths;

        Assert.Equal(4, result.Count);
        Assert.Equal(20, result.Single(l => l is { AreaCode: "BU99990001", Class: "transport" }).LengthM, 9);
        Assert.Equal(15, result.Single(l => l is { AreaCode: "BU99990002", Class: "distributie" }).LengthM, 9);
        Assert.Equal(0, result.Single(l => l is { AreaCode: "BU99990002", Class: "transport" }).LengthM);
    }

    [Fact]
    public void Run_PolygonInsteadOfLine_SkippedWithIssue()
    {
        var result = AggregateLines.Run(
            TestAreas.TwoSquares(),
            [(TestAreas.Wkt("POLYGON ((0 0, 50 0, 50 50, 0 0))"), null)]
        );

        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.UnsupportedGeometry, issue.Kind);
        Assert.All(result.Lengths, l => Assert.Equal(0, l.LengthM));
    }
}
