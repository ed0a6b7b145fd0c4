using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class AnalyseSensitivityTests
{
    // Percentile ranks (5 buurten): A is top on both indicators (100), E in the middle on both (50),
    // B is 75/0 and C 0/75 (37.5 each with equal weights), D 25/25. With ±25 % weights E stays above
    // B and C (at most 75 · 0.625 = 46.9), so the top 3 is always A, E and one of B and C.
    private static readonly string[] Codes = ["BU99990001", "BU99990002", "BU99990003", "BU99990004", "BU99990005"];

    [Fact]
    public void Run_NoPerturbation_KeepsExactlyTheBaseSelection()
    {
        var result = AnalyseSensitivity.Run(new SensitivityParameters(Matrix(), 3) { Perturbation = 0, Runs = 50 });

        Assert.All(result.Buurten, b => Assert.Equal(b.InBaseTopK ? 1 : 0, b.ShareInTopK));
        Assert.Equal(3, result.Buurten.Count(b => b.InBaseTopK));
        Assert.Equal(1, result.BaseSelectionStability);
    }

    [Fact]
    public void Run_NoPerturbationManyTies_TopKEqualsThePriorityRanks()
    {
        var random = new Random(11);
        var buurten = ScoringData.Buurten(500, gemeenten: 3);
        var values = ScoringData.Values(random, buurten, 4, 0.2).Select(v => v with { Value = v.Value % 4 }).ToList();
        var m = NormaliseIndicators.Run(
            new ScoringParameters(ScoringData.Profile(random, 4), buurten, new IndicatorTable(values))
        );

        var result = AnalyseSensitivity.Run(new SensitivityParameters(m, 37) { Perturbation = 0, Runs = 3 });

        Assert.All(result.Buurten, b => Assert.Equal(b.BaseRank <= 37 ? 3 : 0, b.RunsInTopK));
        Assert.Equal(Enumerable.Range(1, 500), result.Buurten.Select(b => b.BaseRank).Order());
    }

    [Fact]
    public void Run_BorderlineBuurten_ShareTheirPlaceWhileTheClearOnesStay()
    {
        var result = AnalyseSensitivity.Run(new SensitivityParameters(Matrix(), 3) { Runs = 1000, Seed = 7 });

        var share = result.Buurten.ToDictionary(b => b.BuurtCode, b => b.ShareInTopK);
        Assert.Equal(1, share[Codes[0]]);
        Assert.Equal(1, share[Codes[4]]);
        Assert.Equal(0, share[Codes[3]]);
        Assert.Equal(1, share[Codes[1]] + share[Codes[2]], 12);
        Assert.InRange(share[Codes[1]], 0.3, 0.7);
    }

    [Fact]
    public void Run_SameSeed_SameAnswerWhateverTheThreadCount()
    {
        var m = Matrix();

        var one = AnalyseSensitivity.Run(
            new SensitivityParameters(m, 3)
            {
                Runs = 300,
                Seed = 3,
                MaxDegreeOfParallelism = 1,
            }
        );
        var four = AnalyseSensitivity.Run(
            new SensitivityParameters(m, 3)
            {
                Runs = 300,
                Seed = 3,
                MaxDegreeOfParallelism = 4,
            }
        );

        Assert.Equal(one.Buurten, four.Buurten);
    }

    private static NormalisedIndicators Matrix()
    {
        var buurten = Codes.Select(c => TestAreas.Buurt(c, ScoringData.Square)).ToArray();
        var profile = new Profile("t", 1, "T", 65, 45, 0.5,
        [
            new OpgaveDefinition("energie", "Energie", "#000",
            [
                new OpgaveIndicator("i0", 1, IndicatorDirection.HigherIsMoreUrgent),
                new OpgaveIndicator("i1", 1, IndicatorDirection.HigherIsMoreUrgent),
            ]),
        ], []);
        double[] i0 = [5, 4, 1, 2, 3];
        double[] i1 = [5, 1, 4, 2, 3];
        var table = new IndicatorTable(
            Codes.SelectMany((c, i) => new IndicatorValue[] { new(c, "i0", 2024, i0[i]), new(c, "i1", 2024, i1[i]) })
        );
        return NormaliseIndicators.Run(new ScoringParameters(profile, buurten, table));
    }
}
