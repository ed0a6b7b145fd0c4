using GeoOpgave.Core.Aggregation;

namespace GeoOpgave.Core.Tests.Aggregation;

public class InterpolateArealTests
{
    [Fact]
    public void Run_SourceOverTwoBuurten_ExtensiveSharedByAreaIntensiveAveraged()
    {
        ArealSource[] sources =
        [
            new(TestAreas.Wkt("POLYGON ((50 0, 150 0, 150 100, 50 100, 50 0))"), 100),
            new(TestAreas.Wkt("POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"), 10),
        ];

        var (estimates, _) = InterpolateAreal.Run(TestAreas.TwoSquares(), sources);

        Assert.Equal(60, estimates[0].Extensive!.Value, 9);
        Assert.Equal(55, estimates[0].Intensive!.Value, 9);
        Assert.Equal(50, estimates[1].Extensive!.Value, 9);
        Assert.Equal(100, estimates[1].Intensive!.Value, 9);
    }

    [Fact]
    public void Run_SourcesInsideThePartition_ExtensiveTotalConserved()
    {
        var (areas, _, _) = JitteredCoverage.Build(4, seed: 6);
        var random = new Random(3);
        var sources = Enumerable
            .Range(0, 30)
            .Select(_ => new ArealSource(
                new NetTopologySuite.Geometries.Point(
                    1100 + (random.NextDouble() * 200),
                    2100 + (random.NextDouble() * 200)
                ).Buffer(60, 4),
                random.Next(1, 1000)
            ))
            .ToArray();

        var (estimates, _) = InterpolateAreal.Run(areas, sources);

        Assert.Equal(sources.Sum(s => s.Value!.Value), estimates.Sum(e => e.Extensive ?? 0), 6);
    }

    [Fact]
    public void Run_NoSourceWithValue_EstimateIsUnknown()
    {
        var (estimates, _) = InterpolateAreal.Run(
            TestAreas.TwoSquares(),
            [new ArealSource(TestAreas.Wkt("POLYGON ((0 0, 50 0, 50 50, 0 0))"), null)]
        );

        Assert.Null(estimates[0].Extensive);
        Assert.Null(estimates[0].Intensive);
    }
}
