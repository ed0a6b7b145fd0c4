using GeoOpgave.Core.Spatial;

namespace GeoOpgave.Core.Tests.Spatial;

public class FalseDiscoveryRateTests
{
    [Fact]
    public void Adjust_StepUp_TakesTheRunningMinimumFromTheTop()
    {
        // Sorted: 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04.
        var adjusted = FalseDiscoveryRate.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02], adjusted.Select(q => Math.Round(q, 12)));
    }

    [Fact]
    public void Adjust_LargeP_CappedAtOne()
    {
        var adjusted = FalseDiscoveryRate.Adjust([0.9, 0.95]);

        Assert.All(adjusted, q => Assert.True(q <= 1));
        Assert.Equal(0.95, adjusted[1], 12);
    }
}
