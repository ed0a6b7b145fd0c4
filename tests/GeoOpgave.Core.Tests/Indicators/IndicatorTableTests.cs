using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Tests.Indicators;

public class IndicatorTableTests
{
    private const string Buurt = "BU03080000";
    private const string Gas = "gemiddeld_gasverbruik_totaal";

    [Fact]
    public void Resolve_UnknownNewestYear_TakesTheNewestKnownValue()
    {
        // The early 2024 release has -99995 (unknown) where 2022 and 2021 have figures.
        IndicatorValue[] values =
        [
            new(Buurt, Gas, 2024, null),
            new(Buurt, Gas, 2022, 1205) { Source = "utrecht" },
            new(Buurt, Gas, 2021, 1300),
        ];

        var table = IndicatorTable.Resolve(values, boundaryYear: 2024, maximumAgeYears: 4);

        Assert.Equal(new IndicatorObservation(1205, 2022, "utrecht", null), table.Observation(Buurt, Gas));
        Assert.Equal(1205, table.Get(Buurt, Gas));
    }

    [Theory]
    [InlineData(2019, 4, null)]
    [InlineData(2020, 4, 1300.0)]
    [InlineData(2025, 4, null)]
    [InlineData(2024, 0, 1300.0)]
    [InlineData(2023, 0, null)]
    public void Resolve_ValueYear_CountsOnlyWithinTheMaximumAgeAndNotAfterTheBoundaryYear(
        int valueYear,
        int maximumAge,
        double? expected
    )
    {
        var table = IndicatorTable.Resolve(
            [new IndicatorValue(Buurt, Gas, valueYear, 1300)],
            boundaryYear: 2024,
            maximumAge
        );

        Assert.Equal(expected, table.Get(Buurt, Gas));
    }

    [Fact]
    public void Resolve_SameYearConvertedAndPublished_ThePublishedValueWins()
    {
        IndicatorValue[] values =
        [
            new(Buurt, Gas, 2022, 900) { ConvertedFrom = 2014 },
            new(Buurt, Gas, 2022, 1205),
            new(Buurt, Gas, 2022, 950) { ConvertedFrom = 2014 },
        ];

        var table = IndicatorTable.Resolve(values, 2024, 4);

        Assert.Equal(new IndicatorObservation(1205, 2022, null, null), table.Observation(Buurt, Gas));
    }

    [Fact]
    public void Resolve_TwoPublishedValuesOfOneYear_TheOneLoadedLastWins()
    {
        IndicatorValue[] values =
        [
            new(Buurt, Gas, 2024, 1300) { Source = "kaart" },
            new(Buurt, Gas, 2024, 1250) { Source = "eigen_cijfers" },
        ];

        var table = IndicatorTable.Resolve(values, 2024, 4);

        Assert.Equal(new IndicatorObservation(1250, 2024, "eigen_cijfers", null), table.Observation(Buurt, Gas));
    }

    [Fact]
    public void Resolve_NewerConvertedValue_BeatsAnOlderPublishedOne()
    {
        IndicatorValue[] values = [new(Buurt, Gas, 2021, 1205), new(Buurt, Gas, 2023, 900) { ConvertedFrom = 2022 }];

        var observation = IndicatorTable.Resolve(values, 2024, 4).Observation(Buurt, Gas);

        Assert.Equal((2023, 2022), (observation!.Year, observation.ConvertedFrom));
    }

    [Fact]
    public void Resolve_OnlyUnknownValues_StaysUnknown()
    {
        var table = IndicatorTable.Resolve([new IndicatorValue(Buurt, Gas, 2024, null)], 2024, 4);

        Assert.Null(table.Observation(Buurt, Gas));
        Assert.Null(table.Get("BU03089999", Gas));
    }
}
