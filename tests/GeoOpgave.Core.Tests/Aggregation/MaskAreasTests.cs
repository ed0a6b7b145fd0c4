using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Rasters;
using NetTopologySuite.IO;

namespace GeoOpgave.Core.Tests.Aggregation;

public class MaskAreasTests
{
    private static readonly WKTReader Wkt = new();

    [Fact]
    public void Run_ShareOfTheBuiltUpPart_NotOfTheWholeBuurt()
    {
        // Hot built-up west half (40 °C), cool park east half (20 °C); two overlapping mask polygons on the west half.
        var raster = new RasterGrid(2, 1, 0, 100, 50, 100, 28992, null, [40, 20]);
        var buurt = TestAreas.Buurt("BU00000001", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        var mask = new[]
        {
            Wkt.Read("POLYGON ((-10 -10, 30 -10, 30 110, -10 110, -10 -10))"),
            Wkt.Read("POLYGON ((20 0, 50 0, 50 100, 20 100, 20 0))"),
        };
        var parameters = new AggregateRasterParameters { Coverage = RasterCoverage.Exact, Threshold = 35 };

        var (masked, issues) = MaskAreas.Run([buurt], mask);
        var whole = AggregateRaster.Run([buurt], raster, parameters).Statistics[0];
        var builtUp = AggregateRaster.Run(masked, raster, parameters).Statistics[0];

        Assert.Empty(issues);
        Assert.Equal(5000, masked[0].Geometry.Area, 6);
        Assert.Equal(0.5, whole.ThresholdShare!.Value, 12);
        Assert.Equal(1, builtUp.ThresholdShare!.Value, 12);
        Assert.Equal(40, builtUp.Mean!.Value, 12);
    }

    [Fact]
    public void Run_BuurtOutsideTheMaskAndBadMaskFeatures_LeftOutAndReported()
    {
        var inside = TestAreas.Buurt("BU00000001", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        var outside = TestAreas.Buurt("BU00000002", "POLYGON ((500 0, 600 0, 600 100, 500 100, 500 0))");
        var mask = new[]
        {
            Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
            Wkt.Read("LINESTRING (500 0, 600 100)"),
            Wkt.Read("POLYGON ((500 0, 500 0, 500 0, 500 0))"),
        };

        var (masked, issues) = MaskAreas.Run([inside, outside], mask);

        Assert.Equal("BU00000001", Assert.Single(masked).Code);
        Assert.Equal(100, masked[0].Geometry.Area, 9);
        Assert.Contains(issues, i => i.Index == 1 && i.Kind == IssueKind.UnsupportedGeometry);
        Assert.Contains(issues, i => i.Index == 2);
    }
}
