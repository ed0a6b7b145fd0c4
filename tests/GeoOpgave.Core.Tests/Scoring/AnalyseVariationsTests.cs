using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>Sensitivity to the method's choices: threshold, normalisation, each indicator left out.</summary>
public sealed class AnalyseVariationsTests
{
    [Fact]
    public void Run_BaseScoringAsAVariation_KeepsTheWholeTopK()
    {
        var (_, m) = Scoring(seed: 3);

        var outcome = Assert.Single(AnalyseVariations.Run(m, [new ScoringVariation("gelijk", m)], 10));

        Assert.Equal((10, 0, 0), (outcome.Kept, outcome.Entered.Count, outcome.Left.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_Standard_EveryVariationSwapsAsManyBuurtenInAsOut(int seed)
    {
        var (parameters, m) = Scoring(seed);

        var outcomes = AnalyseVariations.Run(m, AnalyseVariations.Standard(parameters, m), 25);

        Assert.Contains(outcomes, o => o.Name == "drempel +5");
        Assert.Contains(outcomes, o => o.Name == "normalisatie min–max");
        Assert.Equal(
            m.Slots.Select(s => s.Indicator.IndicatorId).Distinct().Count(),
            outcomes.Count(o => o.Name.StartsWith("zonder ", StringComparison.Ordinal))
        );
        Assert.All(outcomes, o => Assert.Equal(o.Entered.Count, o.Left.Count));
        Assert.All(outcomes, o => Assert.Equal(25, o.Kept + o.Left.Count));
        // Leaving an indicator out changes the scores of its opgave, so over a few hundred buurten the top moves.
        Assert.Contains(outcomes, o => o.Name.StartsWith("zonder ", StringComparison.Ordinal) && o.Left.Count > 0);
    }

    [Fact]
    public void Standard_ThresholdStep_ShiftsEveryThresholdOfTheProfile()
    {
        var (parameters, m) = Scoring(seed: 5);

        var variations = AnalyseVariations.Standard(parameters, m);

        var lower = variations.Single(v => v.Name == "drempel −5").Indicators.Profile;
        var higher = variations.Single(v => v.Name == "drempel +5").Indicators.Profile;
        Assert.Equal(parameters.Profile.UrgentThreshold - 5, lower.UrgentThreshold);
        Assert.Equal(parameters.Profile.UrgentThreshold + 5, higher.UrgentThreshold);
        Assert.Equal(parameters.Profile.AttentionThreshold + 5, higher.AttentionThreshold);
    }

    [Fact]
    public void Standard_CalibratedProfile_ThresholdStepMovesTheSharesAndTheTopK()
    {
        var (parameters, _) = Scoring(seed: 6);
        parameters = parameters with { Profile = parameters.Profile with { UrgentShare = 0.25, AttentionShare = 0.5 } };
        var m = NormaliseIndicators.Run(parameters);

        var variations = AnalyseVariations.Standard(parameters, m);
        var outcomes = AnalyseVariations.Run(m, variations, 25);

        Assert.Equal(0.30, variations.Single(v => v.Name == "drempel −5").Indicators.Profile.UrgentShare!.Value, 9);
        Assert.Equal(0.20, variations.Single(v => v.Name == "drempel +5").Indicators.Profile.UrgentShare!.Value, 9);
        Assert.Contains(outcomes, o => o.Name.StartsWith("drempel", StringComparison.Ordinal) && o.Left.Count > 0);
    }

    private static (ScoringParameters Parameters, NormalisedIndicators Matrix) Scoring(int seed)
    {
        var random = new Random(seed);
        var buurten = ScoringData.Buurten(300, gemeenten: 2);
        var values = ScoringData.Values(random, buurten, 6, 0.1);
        var parameters = new ScoringParameters(ScoringData.Profile(random, 6), buurten, new IndicatorTable(values));
        return (parameters, NormaliseIndicators.Run(parameters));
    }
}
