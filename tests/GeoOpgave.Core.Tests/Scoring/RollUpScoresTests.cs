using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class RollUpScoresTests
{
    // Absolute 0 → 0, 100 → 100, so every score equals its value. Wijk WK999900: BU..0001 and BU..0002;
    // wijk WK999901: BU..0101 and BU..0102 (population unknown).
    private static readonly Area[] Buurten =
    [
        TestAreas.Buurt("BU99990001", ScoringData.Square),
        TestAreas.Buurt("BU99990002", ScoringData.Square),
        TestAreas.Buurt("BU99990101", ScoringData.Square),
        TestAreas.Buurt("BU99990102", ScoringData.Square),
    ];

    [Fact]
    public void Run_Wijk_WeighsScoresByPopulationOverBuurtenWithAKnownScore()
    {
        var wijk = RollUp().Wijken.Single(w => w.Code == "WK999900");

        Assert.Equal((400d, 2, 0), (wijk.Population, wijk.BuurtCount, wijk.BuurtenWithoutPopulation));
        Assert.Equal(((100 * 80) + (300 * 20)) / 400d, wijk.Opgaven[0].Score!.Value, 12);
        Assert.Equal(70, wijk.Opgaven[1].Score!.Value, 12);
        Assert.Equal(0.25, wijk.Opgaven[1].PopulationCoverage, 12);
        Assert.Equal(0.25, wijk.ShareInOverlap!.Value, 12);
    }

    [Fact]
    public void Run_BuurtWithoutPopulation_IsLeftOutAndCounted()
    {
        var wijk = RollUp().Wijken.Single(w => w.Code == "WK999901");

        Assert.Equal((50d, 2, 1), (wijk.Population, wijk.BuurtCount, wijk.BuurtenWithoutPopulation));
        Assert.Equal(90, wijk.Opgaven[0].Score!.Value, 12);
        Assert.Equal(1, wijk.ShareInOverlap!.Value, 12);
    }

    [Fact]
    public void Run_Gemeente_RollsUpAllItsBuurten()
    {
        var gemeente = Assert.Single(RollUp().Gemeenten);

        Assert.Equal(
            ("GM9999", AreaLevel.Gemeente, 450d, 1),
            (gemeente.Code, gemeente.Level, gemeente.Population, gemeente.BuurtenWithoutPopulation)
        );
        Assert.Equal(((100 * 80) + (300 * 20) + (50 * 90)) / 450d, gemeente.Opgaven[0].Score!.Value, 12);
        Assert.Equal(150 / 450d, gemeente.ShareInOverlap!.Value, 12);
    }

    private static RollUpResult RollUp()
    {
        var absolute = Normalisation.Absolute([new(0, 0), new(100, 100)]);
        OpgaveDefinition Opgave(string id) =>
            new(
                id,
                id,
                "#000",
                [new OpgaveIndicator(id, 1, IndicatorDirection.HigherIsMoreUrgent) { Normalisation = absolute }]
            );
        var profile = new Profile("t", 1, "T", 65, 45, 0.5, [Opgave("energie"), Opgave("sociaal")], []);
        (string Code, double? Energie, double? Sociaal, double? Inwoners)[] rows =
        [
            ("BU99990001", 80, 70, 100),
            ("BU99990002", 20, null, 300),
            ("BU99990101", 90, 90, 50),
            ("BU99990102", 10, 10, null),
        ];
        var table = new IndicatorTable(
            rows.SelectMany(r =>
                new IndicatorValue[]
                {
                    new(r.Code, "energie", 2024, r.Energie),
                    new(r.Code, "sociaal", 2024, r.Sociaal),
                    new(r.Code, "aantal_inwoners", 2024, r.Inwoners),
                }
            )
        );
        var result = ScoreOpgaven.Run(new ScoringParameters(profile, Buurten, table));
        return RollUpScores.Run(new RollUpParameters(result, Buurten, table));
    }
}
