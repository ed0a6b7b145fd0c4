using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Tests.Indicators;

public class IndicatorMeasureTests
{
    [Theory]
    [InlineData("aantal_inwoners", true)]
    [InlineData("woningvoorraad", true)]
    [InlineData("aantal_personen_met_een_alg_bijstandsuitkering_tot", true)]
    [InlineData("aantal_huishoudens_met_kinderen_percentage", false)]
    [InlineData("aantal_inwoners_tussen_25_44_percentage", false)]
    [InlineData("bijstand_per_1000_inwoners", false)]
    [InlineData("gemiddelde_woningwaarde", false)]
    public void IsCount_CbsAndThirdPartyNames_CountsOnlyWhatAddsUp(string indicatorId, bool count) =>
        Assert.Equal(count, IndicatorMeasure.IsCount(indicatorId));
}
