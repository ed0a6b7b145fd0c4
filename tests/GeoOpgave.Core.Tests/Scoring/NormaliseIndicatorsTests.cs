using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class NormaliseIndicatorsTests
{
    private static readonly Area[] Buurten =
    [
        TestAreas.Buurt("BU99990001", ScoringData.Square, "GM9999"),
        TestAreas.Buurt("BU99990002", ScoringData.Square, "GM9999"),
        TestAreas.Buurt("BU99990003", ScoringData.Square, "GM9999"),
        TestAreas.Buurt("BU99980001", ScoringData.Square, "GM9998"),
    ];

    [Fact]
    public void Run_Absolute_InterpolatesBetweenBreakpointsAndClampsOutside()
    {
        var absolute = Normalisation.Absolute([new(2000, 100), new(1200, 0)]);

        var m = Normalise(absolute, IndicatorDirection.HigherIsMoreUrgent, 1000, 1600, 1850, 2500);

        Assert.Equal([0, 50, 81.25, 100], Column(m));
    }

    [Fact]
    public void Run_MinMax_ScalesWithinTheGemeente()
    {
        var m = Normalise(Normalisation.MinMax, IndicatorDirection.HigherIsMoreUrgent, 10, 20, 50, 7);

        Assert.Equal([0, 25, 100, 50], Column(m));
    }

    [Fact]
    public void Run_MinMaxLowerIsMoreUrgent_TurnsRound()
    {
        var m = Normalise(Normalisation.MinMax, IndicatorDirection.LowerIsMoreUrgent, 10, 20, 50, 7);

        Assert.Equal([100, 75, 0, 50], Column(m));
    }

    [Fact]
    public void Run_ZScore_MapsThroughTheNormalCdf()
    {
        // Gemeente GM9999: 1, 2, 3 → mean 2, population sd √(2/3); z(3) = 1/√(2/3) = 1.2247…
        var m = Normalise(Normalisation.ZScore, IndicatorDirection.HigherIsMoreUrgent, 1, 2, 3, 99);

        var z = 1 / Math.Sqrt(2.0 / 3.0);
        Assert.Equal(100 * StandardNormal.Cdf(z), m.Normalised(2, 0)!.Value, 12);
        Assert.Equal(50, m.Normalised(1, 0)!.Value, 12);
        Assert.Equal(50, m.Normalised(3, 0)!.Value, 12);
    }

    [Fact]
    public void Run_PercentileAll_RanksAcrossGemeenten()
    {
        var gemeente = Normalise(Normalisation.PercentileGemeente, IndicatorDirection.HigherIsMoreUrgent, 1, 2, 3, 99);
        var all = Normalise(Normalisation.PercentileAll, IndicatorDirection.HigherIsMoreUrgent, 1, 2, 3, 99);

        Assert.Equal([0, 50, 100, 50], Column(gemeente));
        Assert.Equal([0, 33.333333333, 66.666666667, 100], Column(all));
    }

    [Theory]
    [InlineData("percentile-gemeente")]
    [InlineData("minmax")]
    [InlineData("zscore")]
    [InlineData("absolute")]
    public void Run_MissingValue_StaysMissingUnderEveryNormalisation(string kind)
    {
        var normalisation = kind switch
        {
            "minmax" => Normalisation.MinMax,
            "zscore" => Normalisation.ZScore,
            "absolute" => Normalisation.Absolute([new(0, 0), new(10, 100)]),
            _ => Normalisation.PercentileGemeente,
        };

        var m = Normalise(normalisation, IndicatorDirection.HigherIsMoreUrgent, 1, null, 3, 4);

        Assert.Null(m.Normalised(1, 0));
        Assert.Null(m.Raw(1, 0));
        Assert.Equal(3, m.Raw(2, 0));
    }

    private static double?[] Column(NormalisedIndicators m) =>
        Enumerable
            .Range(0, m.BuurtCount)
            .Select(b => m.Normalised(b, 0) is { } v ? Math.Round(v, 9) : (double?)null)
            .ToArray();

    private static NormalisedIndicators Normalise(
        Normalisation normalisation,
        IndicatorDirection direction,
        params double?[] values
    )
    {
        var indicator = new OpgaveIndicator("x", 1, direction) { Normalisation = normalisation };
        var profile = new Profile(
            "t",
            1,
            "T",
            65,
            45,
            0.5,
            [new OpgaveDefinition("energie", "Energie", "#000", [indicator])],
            []
        );
        var table = new IndicatorTable(values.Select((v, i) => new IndicatorValue(Buurten[i].Code, "x", 2024, v)));
        return NormaliseIndicators.Run(new ScoringParameters(profile, Buurten, table));
    }
}
