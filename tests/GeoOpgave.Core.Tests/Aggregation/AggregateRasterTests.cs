using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Rasters;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregateRasterTests
{
    private static readonly AggregateRasterParameters Exact = new() { Coverage = RasterCoverage.Exact };

    [Fact]
    public void Run_CentrePointRule_MeanOfCellsInsideExcludingNodata()
    {
        // 4 × 2 cells of 50 m from (0, 100): two columns per buurt.
        float[] values = [1, 3, 10, -9999, 5, 7, 20, 30];
        var raster = new RasterGrid(4, 2, 0, 100, 50, 50, 28992, -9999, values);

        var result = AggregateRaster.Run(TestAreas.TwoSquares(), raster).Statistics;

        Assert.Equal(4, result[0].CoveredCells);
        Assert.Equal(4, result[0].Mean);
        Assert.Equal(3, result[1].DataCells);
        Assert.Equal(20, result[1].Mean);
        Assert.Equal(0.75, result[1].DataFraction);
    }

    [Fact]
    public void Run_OnlyNodata_MeanIsUnknown()
    {
        var raster = new RasterGrid(2, 2, 0, 100, 50, 50, 28992, -9999, [-9999, -9999, -9999, -9999]);

        var result = AggregateRaster.Run(TestAreas.TwoSquares(), raster).Statistics;

        Assert.Null(result[0].Mean);
        Assert.Equal(0, result[0].DataFraction);
    }

    [Fact]
    public void Run_ExactCoverage_HalfCoveredCellCountsHalf()
    {
        // Cells of 100 m from (0, 100); the buurt covers the left cell whole and half of the middle one.
        var raster = new RasterGrid(3, 1, 0, 100, 100, 100, 28992, null, [10, 40, 1000]);
        var buurt = TestAreas.Buurt("BU00000001", "POLYGON ((0 0, 150 0, 150 100, 0 100, 0 0))");

        var stats = AggregateRaster.Run([buurt], raster, Exact).Statistics[0];

        Assert.Equal(1.5, stats.CoveredCells, 12);
        Assert.Equal((10 + (0.5 * 40)) / 1.5, stats.Mean!.Value, 12);
        Assert.Equal(40, stats.Max);
        Assert.Equal(30, stats.Sum!.Value, 12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_ExactCoverageOfJitteredBuurten_SumsToTheirArea(bool packed)
    {
        var (areas, _, _) = JitteredCoverage.Build(6, seed: 9);
        var withHole = TestAreas.Buurt(
            "BU99999999",
            "POLYGON ((3000 2000, 3300 2000, 3250 2310, 3000 2300, 3000 2000), (3100 2100, 3203.3 2120, 3150 2211.7, 3100 2100))"
        );
        var all = areas.Append(withHole).ToArray();
        all = packed ? [.. TestAreas.Packed(all)] : all;
        var raster = new RasterGrid(330, 40, 990, 2610, 7.5, 17, 28992, null, new float[330 * 40]);

        var stats = AggregateRaster.Run(all, raster, Exact).Statistics;

        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i].Geometry.Area, stats[i].CoveredCells * 7.5 * 17, tolerance: 1e-6);
            Assert.Equal(1, stats[i].DataFraction, 9);
        }
    }

    [Fact]
    public void Run_CentreRuleOverCoverage_EveryCellCountedExactlyOnce()
    {
        // 10 m cells aligned so many centres fall exactly on the outer and inner grid lines.
        var (areas, _, _) = JitteredCoverage.Build(5, seed: 2);
        var raster = new RasterGrid(50, 50, 995, 2495, 10, 10, 28992, null, new float[2500]);

        var stats = AggregateRaster.Run(areas, raster).Statistics;

        Assert.Equal(2500, stats.Sum(s => s.CoveredCells));
    }

    [Fact]
    public void Run_ThresholdAndNodata_ShareOfDataAreaBeyondIt()
    {
        float[] values = [1, 30, 40, -9999];
        var raster = new RasterGrid(2, 2, 0, 100, 50, 50, 28992, -9999, values);
        var buurt = TestAreas.Buurt("BU00000001", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");

        var above = AggregateRaster.Run([buurt], raster, Exact with { Threshold = 30 }).Statistics[0];
        var below = AggregateRaster.Run([buurt], raster, Exact with { Threshold = 30, Below = true }).Statistics[0];

        Assert.Equal(2.0 / 3, above.ThresholdShare!.Value, 12);
        Assert.Equal(1.0 / 3, below.ThresholdShare!.Value, 12);
        Assert.Equal(0.75, above.DataFraction, 12);
        Assert.Equal(4, above.CoveredCells, 12);
    }

    [Fact]
    public void Run_BuurtPartlyOutsideRaster_DataFractionCountsOutsideAsMissing()
    {
        var raster = new RasterGrid(1, 1, 0, 100, 100, 100, 28992, null, [5]);
        var buurt = TestAreas.Buurt("BU00000001", "POLYGON ((-100 0, 100 0, 100 100, -100 100, -100 0))");

        var exact = AggregateRaster.Run([buurt], raster, Exact).Statistics[0];

        Assert.Equal(1, exact.CoveredCells, 12);
        Assert.Equal(0.5, exact.DataFraction, 12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_CentreRuleOnLongRows_SameAsTestingEveryCentre(bool below)
    {
        var random = new Random(12);
        var values = Enumerable.Range(0, 200 * 100)
            .Select(_ => random.Next(20) switch { 0 => -9999f, 1 => float.NaN, _ => (float)(random.NextDouble() * 40) })
            .ToArray();
        var raster = new RasterGrid(200, 100, 0, 1000, 10, 10, 28992, -9999, values);
        var buurt = TestAreas.Buurt(
            "BU00000001",
            "POLYGON ((13 17, 1987 41, 1703 993, 402 871, 13 17), (800 300, 900 300, 850 500, 800 300))"
        );
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(buurt.Geometry);
        var inside = Enumerable
            .Range(0, values.Length)
            .Where(k =>
                prepared.Covers(new NetTopologySuite.Geometries.Point(raster.CentreX(k % 200), raster.CentreY(k / 200)))
            )
            .Select(k => values[k])
            .ToList();
        var data = inside.Where(v => !float.IsNaN(v) && v != -9999).Select(v => (double)v).ToList();

        var stats = AggregateRaster
            .Run([buurt], raster, new AggregateRasterParameters { Threshold = 20.5, Below = below })
            .Statistics[0];

        Assert.Equal(inside.Count, stats.CoveredCells);
        Assert.Equal(data.Count, stats.DataCells);
        Assert.Equal(data.Average(), stats.Mean!.Value, 9);
        Assert.Equal(data.Min(), stats.Min);
        Assert.Equal(data.Max(), stats.Max);
        Assert.Equal(
            data.Count(v => below ? v < 20.5 : v >= 20.5) / (double)data.Count,
            stats.ThresholdShare!.Value,
            12
        );
    }

    [Fact]
    public void Run_ExactCoverage_SameAsNtsIntersectionOfEveryCell()
    {
        var random = new Random(5);
        var values = Enumerable
            .Range(0, 60 * 40)
            .Select(_ => random.Next(15) == 0 ? -9999f : (float)(random.NextDouble() * 10))
            .ToArray();
        var raster = new RasterGrid(60, 40, 100, 1100, 25, 25, 28992, -9999, values);
        var buurt = TestAreas.Buurt(
            "BU00000001",
            "POLYGON ((133.3 141.7, 1571.2 222.2, 1490 1060.4, 777 905.5, 151.1 1011, 133.3 141.7), (700 400, 1000 420, 820 640, 700 400))"
        );
        double covered = 0,
            data = 0,
            sum = 0;
        for (var k = 0; k < values.Length; k++)
        {
            var (x, y) = (100 + (k % 60 * 25.0), 1100 - (k / 60 * 25.0));
            var cell = TestAreas.Wkt(
                FormattableString.Invariant(
                    $"POLYGON (({x} {y - 25}, {x + 25} {y - 25}, {x + 25} {y}, {x} {y}, {x} {y - 25}))"
                )
            );
            var w = cell.Intersection(buurt.Geometry).Area / 625;
            covered += w;
            (data, sum) = values[k] == -9999 ? (data, sum) : (data + w, sum + (w * values[k]));
        }

        var stats = AggregateRaster.Run([buurt], raster, Exact).Statistics[0];

        Assert.Equal(covered, stats.CoveredCells, 9);
        Assert.Equal(data, stats.DataCells, 9);
        Assert.Equal(sum / data, stats.Mean!.Value, 9);
    }
}
