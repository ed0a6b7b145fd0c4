using GeoOpgave.Core.Diagnostics;

namespace GeoOpgave.Core.Tests.Diagnostics;

public class SpearmanCorrelationTests
{
    [Fact]
    public void Of_MonotoneButNotLinear_IsOne()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        double[] y = [1, 4, 9, 16, 25, 1000];

        Assert.Equal(1.0, SpearmanCorrelation.Of(x, y, 5).R!.Value, 12);
    }

    [Fact]
    public void Of_Reversed_IsMinusOne()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [50, 40, 30, 20, 10];

        Assert.Equal(-1.0, SpearmanCorrelation.Of(x, y, 5).R!.Value, 12);
    }

    [Fact]
    public void Of_TiesAndMissing_UsesMeanRanksOverPairsWithBothValues()
    {
        double[] x = [1, 2, 2, 3, double.NaN, 4];
        double[] y = [1, 3, 2, 4, 9, 5];

        var (r, pairs) = SpearmanCorrelation.Of(x, y, 5);

        // Ranks x: 1, 2.5, 2.5, 4, 5 and y: 1, 3, 2, 4, 5; Pearson of those by hand.
        Assert.Equal(5, pairs);
        Assert.Equal(9.5 / Math.Sqrt(9.5 * 10), r!.Value, 12);
    }

    [Fact]
    public void Of_TooFewPairsOrConstant_IsNull()
    {
        Assert.Null(SpearmanCorrelation.Of([1, 2, 3, 4], [4, 3, 2, 1], 5).R);
        Assert.Null(SpearmanCorrelation.Of([1, 2, 3, 4, 5], [7, 7, 7, 7, 7], 5).R);
    }
}
