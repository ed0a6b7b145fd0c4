using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregateZonesTests
{
    [Fact]
    public void Run_OverlappingZonesOfOneClass_DissolvedBeforeMeasuring()
    {
        ZoneObservation[] zones =
        [
            new(TestAreas.Wkt("POLYGON ((0 0, 60 0, 60 100, 0 100, 0 0))"), "3"),
            new(TestAreas.Wkt("POLYGON ((40 0, 150 0, 150 100, 40 100, 40 0))"), "3"),
        ];

        var result = AggregateZones.Run(TestAreas.TwoSquares(), zones);

        var west = Assert.Single(result, c => c.AreaCode == "BU99990001");
        var east = Assert.Single(result, c => c.AreaCode == "BU99990002");
        Assert.Equal(10_000, west.AreaM2, 6);
        Assert.Equal(1.0, west.Share, 9);
        Assert.Equal(5_000, east.AreaM2, 6);
    }

    [Fact]
    public void Run_ZoneOverTheEdge_ConservesItsAreaInsideThePartition()
    {
        var zone = TestAreas.Wkt("POLYGON ((50 50, 250 50, 250 150, 50 150, 50 50))");

        var result = AggregateZones.Run(TestAreas.TwoSquares(), [new ZoneObservation(zone, "1")]);

        var inside = zone.Intersection(TestAreas.Wkt("POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))")).Area;
        Assert.Equal(inside, result.Sum(c => c.AreaM2), 6);
    }

    [Fact]
    public void Run_EveryAreaGetsARowPerClass()
    {
        var result = AggregateZones.Run(TestAreas.TwoSquares(), [new ZoneObservation(TestAreas.Wkt("POLYGON ((1 1, 2 1, 2 2, 1 1))"), "5")]);

        Assert.Equal(2, result.Count);
        Assert.Equal(0, result.Single(c => c.AreaCode == "BU99990002").AreaM2);
    }
}
