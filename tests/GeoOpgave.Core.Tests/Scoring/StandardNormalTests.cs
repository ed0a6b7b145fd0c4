using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class StandardNormalTests
{
    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-2.5, 0.006209665325776139)]
    [InlineData(0.3, 0.6179114221889526)]
    public void Cdf_KnownPoints_MatchReferenceValues(double z, double expected)
    {
        Assert.Equal(expected, StandardNormal.Cdf(z), 14);
    }

    [Theory]
    [InlineData(1.96, 0.04999579029644087)]
    [InlineData(5, 5.733031437583892e-07)]
    [InlineData(-10, 1.5239706048321186e-23)]
    public void TwoSidedP_Tails_KeepRelativePrecision(double z, double expected)
    {
        Assert.Equal(1, StandardNormal.TwoSidedP(z) / expected, 10);
    }
}
