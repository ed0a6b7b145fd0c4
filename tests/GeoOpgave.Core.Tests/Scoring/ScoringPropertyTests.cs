using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

/// <summary>The acceptance properties of issue 4, each checked on many seeded random inputs and every
/// normalisation.</summary>
public class ScoringPropertyTests
{
    private const int Cases = 60;

    public static TheoryData<string> Normalisations =>
        ["percentile-gemeente", "percentile-all", "minmax", "zscore", "absolute"];

    [Theory]
    [MemberData(nameof(Normalisations))]
    public void Run_RaiseIndicatorInUrgentDirection_NeverLowersThatOpgavesScore(string normalisation)
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(12);
            var profile = ScoringData.Profile(random, 6, Choose(normalisation, random));
            var values = ScoringData.Values(random, buurten, 6);
            var target = random.Next(values.Count);
            while (values[target].Value is null)
            {
                target = random.Next(values.Count);
            }

            var slot = Slot(profile, values[target].IndicatorId);
            var step =
                (1 + random.Next(10)) * (slot.Indicator.Direction == IndicatorDirection.HigherIsMoreUrgent ? 1 : -1);
            var raised = values.ToList();
            raised[target] = values[target] with { Value = values[target].Value + step };

            var before = ScoreOf(profile, buurten, values, values[target].AreaCode, slot.OpgaveIndex);
            var after = ScoreOf(profile, buurten, raised, values[target].AreaCode, slot.OpgaveIndex);

            Assert.Equal(before is null, after is null);
            Assert.True(before is null || after >= before - 1e-9, $"seed {seed}: {before} → {after}");
        }
    }

    [Fact]
    public void Run_ScaleAllWeightsOfAnOpgave_ChangesNothing()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(15);
            var profile = ScoringData.Profile(random, 6);
            var values = ScoringData.Values(random, buurten, 6, missingShare: 0.3);
            var factor = 0.01 + (random.NextDouble() * 50);
            var scaled = profile with
            {
                Opgaven = profile
                    .Opgaven.Select(o =>
                        o with
                        {
                            Indicators = o.Indicators.Select(i => i with { Weight = i.Weight * factor }).ToArray(),
                        }
                    )
                    .ToArray(),
            };

            var a = ScoringData.Score(profile, buurten, values);
            var b = ScoringData.Score(scaled, buurten, values);

            for (var i = 0; i < buurten.Length; i++)
            {
                Assert.Equal(a.Buurten[i].Overlap, b.Buurten[i].Overlap);
                Assert.Equal(a.Buurten[i].PriorityRank, b.Buurten[i].PriorityRank);
                for (var o = 0; o < 2; o++)
                {
                    var (x, y) = (a.Buurten[i].Opgaven[o], b.Buurten[i].Opgaven[o]);
                    Assert.Equal(x.Class, y.Class);
                    Assert.Equal(x.Coverage, y.Coverage, 1e-12);
                    Assert.Equal(x.Score ?? -1, y.Score ?? -1, 1e-9);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Normalisations))]
    public void Run_MissingValueReplacedByZero_ChangesTheResult(string normalisation)
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(10, gemeenten: 1);
            var profile = ScoringData.Profile(random, 4, Choose(normalisation, random)) with { MinimumCoverage = 0 };
            var values = ScoringData
                .Values(random, buurten, 4, missingShare: 0)
                .Select(v => v with { Value = v.Value + 5 })
                .ToList();
            var target = random.Next(values.Count);
            var missing = values.ToList();
            missing[target] = values[target] with { Value = null };
            var zero = values.ToList();
            zero[target] = values[target] with { Value = 0 };

            var withMissing = ScoringData.Score(profile, buurten, missing);
            var withZero = ScoringData.Score(profile, buurten, zero);

            var buurt = Array.FindIndex(buurten, b => b.Code == values[target].AreaCode);
            var slot = Slot(profile, values[target].IndicatorId);
            var m = withMissing.Buurten[buurt].Opgaven[slot.OpgaveIndex];
            var z = withZero.Buurten[buurt].Opgaven[slot.OpgaveIndex];
            Assert.Null(m.Contributions[slot.IndicatorIndex].Normalised);
            Assert.NotNull(z.Contributions[slot.IndicatorIndex].Normalised);
            Assert.True(m.Coverage < z.Coverage, $"seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(Normalisations))]
    public void Run_Contributions_SumToTheScore(string normalisation)
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(12);
            var result = ScoringData.Score(
                ScoringData.Profile(random, 7, Choose(normalisation, random)),
                buurten,
                ScoringData.Values(random, buurten, 7, 0.25)
            );

            foreach (var score in result.Buurten.SelectMany(b => b.Opgaven).Where(s => s.Score is not null))
            {
                Assert.Equal(score.Score!.Value, score.Contributions.Sum(c => c.Contribution ?? 0), 1e-9);
            }
        }
    }

    [Fact]
    public void Run_DefaultPath_IsIdenticalToThePerBuurtReference()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(20, gemeenten: 3);
            var profile = ScoringData.Profile(random, 8);
            var parameters = new ScoringParameters(
                profile,
                buurten,
                new IndicatorTable(ScoringData.Values(random, buurten, 8, 0.3))
            );

            var expected = ReferenceScoring.Run(parameters);
            var actual = ScoreOpgaven.Run(parameters);

            for (var b = 0; b < buurten.Length; b++)
            {
                Assert.Equal(expected[b], actual.Buurten[b].Opgaven, new OpgaveScoreComparer());
                Assert.Equal(expected[b].Count(o => o.IsUrgent), actual.Buurten[b].Overlap);
            }
        }
    }

    private static Func<IndicatorDirection, Normalisation> Choose(string name, Random random) => name switch
    {
        "percentile-all" => _ => Normalisation.PercentileAll,
        "minmax" => _ => Normalisation.MinMax,
        "zscore" => _ => Normalisation.ZScore,
        "absolute" => d => Absolute(random, d == IndicatorDirection.HigherIsMoreUrgent),
        _ => _ => Normalisation.PercentileGemeente,
    };

    // Breakpoints that rise in the urgent direction, as the profile reader demands.
    private static Normalisation Absolute(Random random, bool rising)
    {
        var (low, high) = rising ? (0, 100) : (100, 0);
        return Normalisation.Absolute([
            new(random.Next(5), low),
            new(8, rising ? 30 : 70),
            new(12 + random.Next(5), high),
        ]);
    }

    private static IndicatorSlot Slot(Profile profile, string indicatorId)
    {
        var o = profile.Opgaven.ToList().FindIndex(o => o.Indicators.Any(i => i.IndicatorId == indicatorId));
        var j = profile.Opgaven[o].Indicators.ToList().FindIndex(i => i.IndicatorId == indicatorId);
        return new IndicatorSlot(0, o, j, profile.Opgaven[o].Id, profile.Opgaven[o].Indicators[j]);
    }

    private static double? ScoreOf(
        Profile profile,
        Core.Areas.Area[] buurten,
        List<IndicatorValue> values,
        string code,
        int opgave
    ) => ScoringData.Score(profile, buurten, values).Buurten.Single(b => b.BuurtCode == code).Opgaven[opgave].Score;

    private sealed class OpgaveScoreComparer : IEqualityComparer<OpgaveScore>
    {
        public bool Equals(OpgaveScore? x, OpgaveScore? y) =>
            x!.OpgaveId == y!.OpgaveId && x.Score == y.Score && x.Class == y.Class && x.Coverage == y.Coverage
            && x.Contributions.SequenceEqual(y.Contributions);

        public int GetHashCode(OpgaveScore obj) => obj.OpgaveId.GetHashCode(StringComparison.Ordinal);
    }
}
