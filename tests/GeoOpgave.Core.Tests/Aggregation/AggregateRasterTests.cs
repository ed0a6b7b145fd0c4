using GeoOpgave.Core.Aggregation;
using GeoOpgave.Core.Rasters;

namespace GeoOpgave.Core.Tests.Aggregation;

public class AggregateRasterTests
{
    [Fact]
    public void Run_CentrePointRule_MeanOfCellsInsideExcludingNodata()
    {
        // 4 × 2 cells of 50 m from (0, 100): two columns per buurt.
        float[] values = [1, 3, 10, -9999, 5, 7, 20, 30];
        var raster = new RasterGrid(4, 2, 0, 100, 50, 50, 28992, -9999, values);

        var result = AggregateRaster.Run(TestAreas.TwoSquares(), raster);

        Assert.Equal(4, result[0].Cells);
        Assert.Equal(4, result[0].Mean);
        Assert.Equal(3, result[1].DataCells);
        Assert.Equal(20, result[1].Mean);
        Assert.Equal(0.75, result[1].DataFraction);
    }

    [Fact]
    public void Run_OnlyNodata_MeanIsUnknown()
    {
        var raster = new RasterGrid(2, 2, 0, 100, 50, 50, 28992, -9999, [-9999, -9999, -9999, -9999]);

        var result = AggregateRaster.Run(TestAreas.TwoSquares(), raster);

        Assert.Null(result[0].Mean);
        Assert.Equal(0, result[0].DataFraction);
    }
}
