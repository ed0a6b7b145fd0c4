using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;

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

        var result = AggregateZones.Run(TestAreas.TwoSquares(), zones).Coverage;

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

        var result = AggregateZones.Run(TestAreas.TwoSquares(), [new ZoneObservation(zone, "1")]).Coverage;

        var inside = zone.Intersection(TestAreas.Wkt("POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))")).Area;
        Assert.Equal(inside, result.Sum(c => c.AreaM2), 6);
    }

    [Fact]
    public void Run_ManyOverlappingZonesOverCoverage_EqualsGlobalDissolveInsideThePartition()
    {
        var (areas, _, _) = JitteredCoverage.Build(5, seed: 4);
        var random = new Random(8);
        var zones = Enumerable
            .Range(0, 40)
            .Select(_ =>
            {
                var (x, y, r) = (
                    950 + (random.NextDouble() * 600),
                    1950 + (random.NextDouble() * 600),
                    20 + (random.NextDouble() * 120)
                );
                return new ZoneObservation(
                    new NetTopologySuite.Geometries.Point(x, y).Buffer(r, 6),
                    random.Next(2) == 0 ? "a" : "b"
                );
            })
            .ToArray();
        var partition = TestAreas.Wkt("POLYGON ((1000 2000, 1500 2000, 1500 2500, 1000 2500, 1000 2000))");

        var result = AggregateZones.Run(areas, zones).Coverage;

        foreach (var cls in new[] { "a", "b" })
        {
            var expected = NetTopologySuite
                .Operation.Union.CascadedPolygonUnion.Union(
                    zones.Where(z => z.Class == cls).Select(z => z.Geometry).ToArray()
                )
                .Intersection(partition)
                .Area;
            Assert.Equal(expected, result.Where(c => c.Class == cls).Sum(c => c.AreaM2), 4);
        }
    }

    [Fact]
    public void Run_EveryAreaGetsARowPerClass()
    {
        var result = AggregateZones
            .Run(TestAreas.TwoSquares(), [new ZoneObservation(TestAreas.Wkt("POLYGON ((1 1, 2 1, 2 2, 1 1))"), "5")])
            .Coverage;

        Assert.Equal(2, result.Count);
        Assert.Equal(0, result.Single(c => c.AreaCode == "BU99990002").AreaM2);
    }

    [Fact]
    public void Run_InvalidEmptyAndWrongTypeZones_ReportedAsIssues()
    {
        ZoneObservation[] zones =
        [
            new(TestAreas.Wkt("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))"), "1"),
            new(TestAreas.Wkt("POLYGON EMPTY"), "1"),
            new(TestAreas.Wkt("LINESTRING (0 0, 10 10)"), "1"),
        ];

        var result = AggregateZones.Run(TestAreas.TwoSquares(), zones);

        Assert.Equal(5_000, result.Coverage.Single(c => c.AreaCode == "BU99990001").AreaM2, 6);
        Assert.Equal(
            [IssueKind.Repaired, IssueKind.EmptyGeometry, IssueKind.UnsupportedGeometry],
            result.Issues.Select(i => i.Kind)
        );
        Assert.Equal([0, 1, 2], result.Issues.Select(i => i.Index));
    }
}
