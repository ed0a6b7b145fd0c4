using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>A threshold calibrated as a share flags that share of the buurten with data, whatever the scores.</summary>
public sealed class CalibratedThresholdTests
{
    [Theory]
    [InlineData(1, 0.25)]
    [InlineData(2, 0.1)]
    [InlineData(3, 0.5)]
    [InlineData(4, 0.33)]
    [InlineData(5, 0.05)]
    public void Run_UrgentShare_FlagsThatShareOfTheKnownBuurtenWithinOne(int seed, double share)
    {
        var random = new Random(seed);
        var buurten = ScoringData.Buurten(random.Next(40, 400), gemeenten: 2);
        var values = ScoringData.Values(random, buurten, 6, 0.3);
        var profile = ScoringData.Profile(random, 6) with
        {
            UrgentShare = share,
            AttentionShare = Math.Min(1, share * 2),
        };

        var result = ScoreOpgaven.Run(new ScoringParameters(profile, buurten, new IndicatorTable(values)));

        for (var o = 0; o < profile.Opgaven.Count; o++)
        {
            var known = result.Buurten.Count(b => b.Opgaven[o].Score is not null);
            var hoog = result.Buurten.Count(b => b.Opgaven[o].Class == UrgencyClass.Hoog);
            var atLeastMidden = hoog + result.Buurten.Count(b => b.Opgaven[o].Class == UrgencyClass.Midden);
            Assert.InRange(
                hoog,
                Math.Round(share * known, MidpointRounding.AwayFromZero) - 1,
                Math.Round(share * known, MidpointRounding.AwayFromZero) + 1
            );
            Assert.InRange(
                atLeastMidden,
                Math.Round(Math.Min(1, share * 2) * known, MidpointRounding.AwayFromZero) - 1,
                Math.Round(Math.Min(1, share * 2) * known, MidpointRounding.AwayFromZero) + 1
            );
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ThresholdsOf_RandomScoresWithTiesAndUnknowns_IsTheScoreAtTheShareOfTheSortedKnownScores(int seed)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, random.Next(1, 3000))
            .Select(_ => random.Next(10) == 0 ? double.NaN : Math.Round(random.NextDouble() * 100, random.Next(3)))
            .ToArray();
        var share = random.NextDouble();
        var profile = ScoringData.Profile(random, 2) with { UrgentShare = share };

        var (urgent, _) = profile.ThresholdsOf(profile.Opgaven[0], scores);

        var known = scores.Where(s => !double.IsNaN(s)).OrderDescending().ToArray();
        var flagged = (int)Math.Round(share * known.Length, MidpointRounding.AwayFromZero);
        Assert.Equal(flagged == 0 ? 101 : known[flagged - 1], urgent);
    }

    [Fact]
    public void Run_OpgaveWithItsOwnScoreThreshold_KeepsItUnderAProfileShare()
    {
        var random = new Random(9);
        var buurten = ScoringData.Buurten(200);
        var values = ScoringData.Values(random, buurten, 4, 0);
        var profile = ScoringData.Profile(random, 4) with { UrgentShare = 0.5 };
        profile = profile with { Opgaven = [profile.Opgaven[0] with { UrgentThreshold = 101 }, profile.Opgaven[1]] };

        var result = ScoreOpgaven.Run(new ScoringParameters(profile, buurten, new IndicatorTable(values)));

        Assert.Equal(101, result.ThresholdsOf(0).Urgent);
        Assert.DoesNotContain(result.Buurten, b => b.Opgaven[0].Class == UrgencyClass.Hoog);
        Assert.Equal(100, result.Buurten.Count(b => b.Opgaven[1].Class == UrgencyClass.Hoog), 1.0);
    }
}
