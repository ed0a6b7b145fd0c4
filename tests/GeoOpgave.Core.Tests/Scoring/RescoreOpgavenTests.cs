using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class RescoreOpgavenTests
{
    private static readonly Area[] Buurten =
    [
        TestAreas.Buurt("BU99990001", ScoringData.Square),
        TestAreas.Buurt("BU99990002", ScoringData.Square),
        TestAreas.Buurt("BU99990003", ScoringData.Square),
    ];

    [Fact]
    public void Run_OtherWeights_MoveTheScoreTowardsTheHeavierIndicator()
    {
        var m = Matrix(Profile(Opgave("energie", ("gas", 1), ("label", 1))), ("gas", [1, 2, 3]), ("label", [3, 2, 1]));

        var even = RescoreOpgaven.Run(new RescoreParameters(m));
        var gasHeavy = RescoreOpgaven.Run(new RescoreParameters(m) { Weights = [3, 1] });

        Assert.Equal(50, even.Score(0, 2));
        Assert.Equal(75, gasHeavy.Score(0, 2));
        Assert.Equal(25, gasHeavy.Score(0, 0));
    }

    [Fact]
    public void Run_WrongNumberOfWeights_Throws()
    {
        var m = Matrix(Profile(Opgave("energie", ("gas", 1))), ("gas", [1, 2, 3]));

        Assert.Throws<ArgumentException>(() => RescoreOpgaven.Run(new RescoreParameters(m) { Weights = [1, 2] }));
    }

    [Fact]
    public void Run_OpgaveOwnThresholds_OverrideTheProfiles()
    {
        var lenient = Opgave("energie", ("gas", 1)) with { UrgentThreshold = 40, AttentionThreshold = 20 };
        var m = Matrix(Profile(lenient, Opgave("sociaal", ("gas", 1))), ("gas", [1, 2, 3]));

        var result = RescoreOpgaven.Run(new RescoreParameters(m));

        Assert.Equal(50, result.Score(0, 1));
        Assert.Equal(UrgencyClass.Hoog, result.Class(0, 1));
        Assert.Equal(UrgencyClass.Midden, result.Class(1, 1));
        Assert.Equal(1, result.Overlap[1]);
    }

    [Fact]
    public void Run_PriorityRank_OverlapFirstThenCombinedScore()
    {
        // Buurt 1: energie 100, sociaal 0 → overlap 1, combined 50. Buurt 2: both 50 → overlap 0, combined 50.
        // Buurt 0: energie 0, sociaal 100 → overlap 1, combined 50: same as buurt 1, so input order decides.
        var profile = Profile(Opgave("energie", ("gas", 1)), Opgave("sociaal", ("inkomen", 1)));
        var m = Matrix(profile, ("gas", [1, 3, 2]), ("inkomen", [3, 1, 2]));

        var result = RescoreOpgaven.Run(new RescoreParameters(m));

        Assert.Equal([1, 1, 0], result.Overlap.ToArray());
        Assert.Equal([50, 50, 50], result.CombinedScore.ToArray());
        Assert.Equal([1, 2, 3], result.PriorityRank.ToArray());
    }

    [Fact]
    public void Run_AllOpgavenOnbekend_CombinedIsNaNAndRanksLast()
    {
        var m = Matrix(Profile(Opgave("energie", ("gas", 1))), ("gas", [null, 1, 2]));

        var result = RescoreOpgaven.Run(new RescoreParameters(m));

        Assert.True(double.IsNaN(result.CombinedScore[0]));
        Assert.Null(result.Score(0, 0));
        Assert.Equal(3, result.PriorityRank[0]);
    }

    [Fact]
    public void ToResult_BuurtWithoutAnyKnownOpgave_HasNoPriority()
    {
        var m = Matrix(Profile(Opgave("energie", ("gas", 1))), ("gas", [null, 1, 2]));

        var result = ScoreOpgaven.ToResult(RescoreOpgaven.Run(new RescoreParameters(m)));

        Assert.Equal([0, 2, 1], result.Buurten.Select(b => b.PriorityRank));
        Assert.Null(result.Buurten[0].NotRankedReason);
        Assert.Equal(int.MaxValue, result.Buurten[0].PriorityOrder);
    }

    [Fact]
    public void ToResult_CarriesCombinedScoreRankAndSignature()
    {
        var profile = Profile(Opgave("energie", ("gas", 1)), Opgave("sociaal", ("inkomen", 1)));
        var m = Matrix(profile, ("gas", [1, 2, 3]), ("inkomen", [1, 2, 3]));

        var result = ScoreOpgaven.ToResult(RescoreOpgaven.Run(new RescoreParameters(m)));

        Assert.Equal(["energie", "sociaal"], result.Buurten[2].Signature);
        Assert.Equal(100, result.Buurten[2].CombinedScore);
        Assert.Equal(1, result.Buurten[2].PriorityRank);
    }

    private static OpgaveDefinition Opgave(string id, params (string Indicator, double Weight)[] indicators) =>
        new(
            id,
            id,
            "#000",
            indicators
                .Select(i => new OpgaveIndicator(i.Indicator, i.Weight, IndicatorDirection.HigherIsMoreUrgent))
                .ToArray()
        );

    private static Profile Profile(params OpgaveDefinition[] opgaven) => new("t", 1, "T", 65, 45, 0.5, opgaven, []);

    private static NormalisedIndicators Matrix(Profile profile, params (string Indicator, double?[] Values)[] columns)
    {
        var table = new IndicatorTable(
            columns.SelectMany(c =>
                c.Values.Select((v, i) => new IndicatorValue(Buurten[i].Code, c.Indicator, 2024, v))
            )
        );
        return NormaliseIndicators.Run(new ScoringParameters(profile, Buurten, table));
    }
}
