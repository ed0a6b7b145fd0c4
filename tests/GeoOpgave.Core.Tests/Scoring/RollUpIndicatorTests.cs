using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>A wijk figure as CBS publishes it: each buurt's share weighted by its own denominator.</summary>
public sealed class RollUpIndicatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Mean_SharesWithTheirDenominators_EqualTheRatioOfTheSums(int seed)
    {
        var random = new Random(seed);
        var buurten = Enumerable
            .Range(0, random.Next(2, 40))
            .Select(_ =>
            {
                var households = random.Next(0, 3000);
                var lowIncome = households == 0 ? 0 : random.Next(0, households + 1);
                // Inhabitants deliberately unrelated to households: weighting by them would give another figure.
                return (Households: households, LowIncome: lowIncome, Inhabitants: random.Next(1, 8000));
            })
            .ToList();
        var inputs = buurten.Select(b => new RollUpInput(
            b.Households == 0 ? null : 100.0 * b.LowIncome / b.Households,
            b.Households,
            b.Inhabitants
        ));

        var mean = RollUpIndicator.Mean(inputs);

        var expected = 100.0 * buurten.Sum(b => b.LowIncome) / buurten.Sum(b => b.Households);
        Assert.Equal(expected, mean!.Value, 9);
    }

    [Fact]
    public void Mean_ADenominatorUnknownInOneBuurt_WeightsAllByInhabitants()
    {
        RollUpInput[] buurten = [new(10, 100, 1000), new(30, null, 3000)];

        Assert.Equal(25, RollUpIndicator.Mean(buurten));
    }

    [Fact]
    public void Mean_UnknownValues_AreLeftOutNotCountedAsZero()
    {
        RollUpInput[] buurten = [new(null, 500, 1000), new(40, 100, 300), new(double.NaN, 100, 100)];

        Assert.Equal(40, RollUpIndicator.Mean(buurten));
        Assert.Null(RollUpIndicator.Mean([new(null, 10, 10)]));
    }

    [Fact]
    public void Mean_NoWeightsKnown_IsThePlainMean()
    {
        Assert.Equal(20, RollUpIndicator.Mean([new(10, null, null), new(30, null, null)]));
    }
}
