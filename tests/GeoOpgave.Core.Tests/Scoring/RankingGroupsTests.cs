using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class RankingGroupsTests
{
    private const string Square = "POLYGON ((0 0, 1 0, 1 1, 0 0))";

    [Theory]
    [InlineData(15.0, 6.0, "minder dan 50 inwoners en 50 woningen (15 inwoners, 6 woningen)")]
    [InlineData(15.0, null, "minder dan 50 inwoners (15 inwoners)")]
    [InlineData(null, 6.0, "minder dan 50 woningen (6 woningen)")]
    [InlineData(700.0, 0.0, null)]
    [InlineData(20.0, 60.0, null)]
    [InlineData(null, null, null)]
    public void Of_FewResidentsAndDwellings_IsNotRankedWithTheCountsAsReason(
        double? residents,
        double? dwellings,
        string? reason
    )
    {
        var ranking = RankingGroups.Of(
            [TestAreas.Buurt("BU99990001", Square)],
            Table(
                ("BU99990001", KerncijferIds.AantalInwoners, residents),
                ("BU99990001", KerncijferIds.Woningvoorraad, dwellings)
            ),
            RankingBase.Default
        );

        Assert.Equal(reason, ranking.NotRankedReason(0));
        Assert.Equal(reason is null ? 1 : 0, ranking.RankedCount);
    }

    [Fact]
    public void Of_MostlyWater_IsNotRanked()
    {
        var ranking = RankingGroups.Of(
            [TestAreas.Buurt("BU99990001", Square), TestAreas.Buurt("BU99990002", Square)],
            Table(
                ("BU99990001", KerncijferIds.OppervlakteWater, 82),
                ("BU99990001", KerncijferIds.OppervlakteTotaal, 100),
                ("BU99990002", KerncijferIds.OppervlakteWater, 50),
                ("BU99990002", KerncijferIds.OppervlakteTotaal, 100)
            ),
            RankingBase.Default
        );

        Assert.Equal("grotendeels water (82 % van het oppervlak)", ranking.NotRankedReason(0));
        Assert.Null(ranking.NotRankedReason(1));
    }

    [Fact]
    public void Of_WaterFlagWithoutSurfaces_IsNotRanked()
    {
        var ranking = RankingGroups.Of(
            [TestAreas.Buurt("BU02339997", Square), TestAreas.Buurt("BU02330001", Square)],
            Table(("BU02339997", KerncijferIds.Water, 1), ("BU02330001", KerncijferIds.Water, 0)),
            RankingBase.Default
        );

        Assert.Equal("water (volgens CBS)", ranking.NotRankedReason(0));
        Assert.Null(ranking.NotRankedReason(1));
    }

    [Fact]
    public void Run_BuurtNotRanked_LeavesThePercentilesOfTheOthersAsIfItWereNotThere()
    {
        // The tiny buurt has the highest gas use; left out, the other three rank 0, 50, 100 among themselves.
        Area[] buurten = [.. Enumerable.Range(1, 4).Select(i => TestAreas.Buurt($"BU9999000{i}", Square))];
        var table = Table(
            ("BU99990001", "gas", 900),
            ("BU99990002", "gas", 1500),
            ("BU99990003", "gas", 2400),
            ("BU99990004", "gas", 5000),
            ("BU99990004", KerncijferIds.AantalInwoners, 10),
            ("BU99990004", KerncijferIds.Woningvoorraad, 4)
        );

        var result = ScoreOpgaven.Run(new ScoringParameters(Profile(RankingBase.Default), buurten, table));

        Assert.Equal([0, 50, 100], result.Buurten.Take(3).Select(b => b.Opgaven[0].Score));
        var tiny = result.Buurten[3];
        Assert.Equal(
            (null, UrgencyClass.Onbekend, 0, 0),
            (tiny.Opgaven[0].Score, tiny.Opgaven[0].Class, tiny.PriorityRank, tiny.KnownOpgaven)
        );
        Assert.StartsWith("minder dan 50 inwoners", tiny.NotRankedReason, StringComparison.Ordinal);
        Assert.Equal([3, 2, 1], result.Buurten.Take(3).Select(b => b.PriorityRank));
    }

    [Fact]
    public void Run_ReferenceAlle_RanksAcrossGemeenten()
    {
        Area[] buurten =
        [
            TestAreas.Buurt("BU99990001", Square, "GM0001"), TestAreas.Buurt("BU99990002", Square, "GM0001"),
            TestAreas.Buurt("BU99990003", Square, "GM0002"), TestAreas.Buurt("BU99990004", Square, "GM0002"),
        ];
        var table = Table(
            ("BU99990001", "gas", 1),
            ("BU99990002", "gas", 2),
            ("BU99990003", "gas", 3),
            ("BU99990004", "gas", 4)
        );

        var perGemeente = ScoreOpgaven.Run(new ScoringParameters(Profile(RankingBase.Default), buurten, table));
        var alle = ScoreOpgaven.Run(
            new ScoringParameters(
                Profile(RankingBase.Default with { Reference = RankingReference.Alle }),
                buurten,
                table
            )
        );

        Assert.Equal([0, 100, 0, 100], perGemeente.Buurten.Select(b => b.Opgaven[0].Score));
        Assert.Equal(
            [0, 100 / 3.0, 200 / 3.0, 100],
            alle.Buurten.Select(b => b.Opgaven[0].Score!.Value),
            new RoundedEquality(9)
        );
    }

    [Fact]
    public void Run_ReferenceStedelijkheid_RanksVillageBuurtenAmongVillageBuurtenOfEveryGemeente()
    {
        Area[] buurten =
        [
            TestAreas.Buurt("BU99990001", Square, "GM0001"), TestAreas.Buurt("BU99990002", Square, "GM0002"),
            TestAreas.Buurt("BU99990003", Square, "GM0001"), TestAreas.Buurt("BU99990004", Square, "GM0002"),
        ];
        var table = Table(
            ("BU99990001", "gas", 1), ("BU99990002", "gas", 2), ("BU99990003", "gas", 3), ("BU99990004", "gas", 4),
            ("BU99990001", KerncijferIds.Stedelijkheid, 5), ("BU99990002", KerncijferIds.Stedelijkheid, 5),
            ("BU99990003", KerncijferIds.Stedelijkheid, 1), ("BU99990004", KerncijferIds.Stedelijkheid, 1));
        var profile = Profile(RankingBase.Default with { Reference = RankingReference.Stedelijkheid });

        var result = ScoreOpgaven.Run(new ScoringParameters(profile, buurten, table));

        Assert.Equal([0, 100, 0, 100], result.Buurten.Select(b => b.Opgaven[0].Score));
        Assert.Contains(
            "stedelijkheid",
            NormaliseIndicators.Run(new ScoringParameters(profile, buurten, table)).Ranking.ReferenceText,
            StringComparison.Ordinal
        );
    }

    private static Profile Profile(RankingBase rankingBase) =>
        new(
            "test",
            1,
            "Test",
            UrgentThreshold: 65,
            AttentionThreshold: 45,
            MinimumCoverage: 0.5,
            [
                new OpgaveDefinition(
                    "energie",
                    "Energie",
                    "#d95f02",
                    [new OpgaveIndicator("gas", 1, IndicatorDirection.HigherIsMoreUrgent)]
                ),
            ],
            []
        )
        {
            RankingBase = rankingBase,
        };

    private static IndicatorTable Table(params (string Code, string Indicator, double? Value)[] values) =>
        new(values.Select(v => new IndicatorValue(v.Code, v.Indicator, 2024, v.Value)));

    private sealed class RoundedEquality(int digits) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Round(x, digits) == Math.Round(y, digits);

        public int GetHashCode(double obj) => Math.Round(obj, digits).GetHashCode();
    }
}
