using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>
/// Scoring again after a write takes over what the write left alone, and the answer is the one a scoring from
/// scratch gives.
/// </summary>
public class IncrementalScoringTests
{
    private static readonly Area[] Buurten = ScoringData.Buurten(300, gemeenten: 3);

    [Fact]
    public void Rescore_OneIndicatorReplaced_TakesOverTheOtherOpgaveAndMatchesAScoringFromScratch()
    {
        var random = new Random(5);
        var profile = ScoringData.Profile(random, 6);
        var before = Columns(random, 6);
        // i4 belongs to the second opgave (sociaal): a table import that brings that one indicator.
        var after = before.Select(c => c.IndicatorId == "i4" ? Column(random, "i4") : c).ToArray();

        var (firstMatrix, first) = Score(profile, before, null, null);
        var (matrix, scores) = Score(profile, after, firstMatrix, first);
        var (freshMatrix, fresh) = Score(profile, after, null, null);

        Assert.Same(firstMatrix.Ranking, matrix.Ranking);
        AssertSameAnswer(freshMatrix, fresh, matrix, scores);
        for (var b = 0; b < Buurten.Length; b++)
        {
            Assert.Same(first.Buurten[b].Opgaven[0], scores.Buurten[b].Opgaven[0]);
        }

        Assert.Contains(Enumerable.Range(0, Buurten.Length), b =>
            first.Buurten[b].Opgaven[1].Score != scores.Buurten[b].Opgaven[1].Score);
    }

    [Fact]
    public void Rescore_InhabitantsReplaced_RanksAgainAndTakesNothingOver()
    {
        var random = new Random(8);
        var profile = ScoringData.Profile(random, 4);
        var before = Columns(random, 4).Append(Inhabitants(random)).ToArray();
        // Who is ranked depends on the inhabitants: every column is normalised again among the new groups.
        var after = before.Select(c => c.IndicatorId == KerncijferIds.AantalInwoners ? Inhabitants(random) : c)
            .ToArray();

        var (firstMatrix, first) = Score(profile, before, null, null);
        var (matrix, scores) = Score(profile, after, firstMatrix, first);
        var (freshMatrix, fresh) = Score(profile, after, null, null);

        Assert.NotSame(firstMatrix.Ranking, matrix.Ranking);
        Assert.NotEqual(firstMatrix.Ranking.RankedCount, matrix.Ranking.RankedCount);
        AssertSameAnswer(freshMatrix, fresh, matrix, scores);
        Assert.DoesNotContain(Enumerable.Range(0, Buurten.Length), b =>
            ReferenceEquals(first.Buurten[b].Opgaven[0], scores.Buurten[b].Opgaven[0]));
    }

    [Fact]
    public void ToResult_OtherWeights_BuildsTheOpgaveAgain()
    {
        var random = new Random(13);
        var profile = ScoringData.Profile(random, 6);
        var columns = Columns(random, 6);
        var (matrix, first) = Score(profile, columns, null, null);
        var weights = matrix.ProfileWeights();
        weights[0] *= 3;

        var rescore = RescoreOpgaven.Run(new RescoreParameters(matrix) { Weights = weights });
        var scores = ScoreOpgaven.ToResult(rescore, first);
        var fresh = ScoreOpgaven.ToResult(rescore);

        AssertSameScores(fresh, scores);
        Assert.DoesNotContain(Enumerable.Range(0, Buurten.Length), b =>
            ReferenceEquals(first.Buurten[b].Opgaven[0], scores.Buurten[b].Opgaven[0]));
        Assert.All(Enumerable.Range(0, Buurten.Length), b =>
            Assert.Same(first.Buurten[b].Opgaven[1], scores.Buurten[b].Opgaven[1]));
    }

    private static (NormalisedIndicators Matrix, ScoringResult Scores) Score(
        Profile profile,
        IndicatorColumn[] columns,
        NormalisedIndicators? previousMatrix,
        ScoringResult? previous
    )
    {
        var matrix = NormaliseIndicators.Run(
            new ScoringParameters(profile, Buurten, IndicatorTable.Of(columns)) { Previous = previousMatrix }
        );
        return (matrix, ScoreOpgaven.ToResult(RescoreOpgaven.Run(new RescoreParameters(matrix)), previous));
    }

    private static void AssertSameAnswer(
        NormalisedIndicators expectedMatrix,
        ScoringResult expected,
        NormalisedIndicators matrix,
        ScoringResult actual
    )
    {
        for (var b = 0; b < Buurten.Length; b++)
        {
            for (var s = 0; s < matrix.Slots.Count; s++)
            {
                Assert.Equal(expectedMatrix.Raw(b, s), matrix.Raw(b, s));
                Assert.Equal(expectedMatrix.Normalised(b, s), matrix.Normalised(b, s));
            }
        }

        AssertSameScores(expected, actual);
    }

    private static void AssertSameScores(ScoringResult expected, ScoringResult actual)
    {
        Assert.Equal(expected.Thresholds, actual.Thresholds);
        for (var b = 0; b < Buurten.Length; b++)
        {
            var (e, a) = (expected.Buurten[b], actual.Buurten[b]);
            Assert.Equal(e.CombinedScore, a.CombinedScore);
            Assert.Equal(e.PriorityRank, a.PriorityRank);
            Assert.Equal(e.Overlap, a.Overlap);
            Assert.Equal(e.NotRankedReason, a.NotRankedReason);
            Assert.Equal(e.Koppelkansen, a.Koppelkansen);
            for (var o = 0; o < e.Opgaven.Count; o++)
            {
                var (eo, ao) = (e.Opgaven[o], a.Opgaven[o]);
                Assert.Equal(
                    (eo.OpgaveId, eo.Score, eo.Class, eo.Coverage),
                    (ao.OpgaveId, ao.Score, ao.Class, ao.Coverage)
                );
                Assert.Equal(eo.Contributions, ao.Contributions);
            }
        }
    }

    private static IndicatorColumn[] Columns(Random random, int count) =>
        Enumerable.Range(0, count).Select(j => Column(random, $"i{j}")).ToArray();

    private static IndicatorColumn Column(Random random, string id) =>
        IndicatorColumn.Of(
            id,
            Buurten
                .Select(b => new IndicatorValue(b.Code, id, 2024, random.NextDouble() < 0.1 ? null : random.Next(20)))
                .ToArray()
        );

    // About a third of the buurten under the 50 inhabitants that ranking asks for.
    private static IndicatorColumn Inhabitants(Random random) =>
        IndicatorColumn.Of(
            KerncijferIds.AantalInwoners,
            Buurten
                .Select(b => new IndicatorValue(b.Code, KerncijferIds.AantalInwoners, 2024, random.Next(0, 150)))
                .ToArray()
        );
}
