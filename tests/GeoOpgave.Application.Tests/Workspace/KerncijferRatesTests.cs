using GeoOpgave.Application.Workspace;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Tests.Workspace;

public class KerncijferRatesTests
{
    [Fact]
    public void Derive_CountsKnown_RatePerThousandInhabitants()
    {
        IndicatorValue[] kerncijfers =
        [
            new("BU99990001", "aantal_inwoners", 2024, 2500),
            new("BU99990001", "aantal_personen_met_een_alg_bijstandsuitkering_tot", 2024, 100),
        ];

        var rate = Assert.Single(KerncijferRates.Derive(kerncijfers));

        Assert.Equal(
            ("BU99990001", KerncijferRates.BijstandPer1000, 2024, (double?)40),
            (rate.AreaCode, rate.IndicatorId, rate.Year, rate.Value)
        );
    }

    [Theory]
    [InlineData(2500d, null)]
    [InlineData(null, 100d)]
    [InlineData(0d, 0d)]
    public void Derive_CountUnknownOrNoInhabitants_RateIsUnknownNotZero(double? inwoners, double? bijstand)
    {
        IndicatorValue[] kerncijfers =
        [
            new("BU99990001", "aantal_inwoners", 2024, inwoners),
            new("BU99990001", "aantal_personen_met_een_alg_bijstandsuitkering_tot", 2024, bijstand),
        ];

        var rate = Assert.Single(KerncijferRates.Derive(kerncijfers));

        Assert.Null(rate.Value);
    }
}
