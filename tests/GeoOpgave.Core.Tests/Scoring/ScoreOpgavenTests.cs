using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class ScoreOpgavenTests
{
    private static readonly Area[] Buurten =
    [
        TestAreas.Buurt("BU99990001", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
        TestAreas.Buurt("BU99990002", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
        TestAreas.Buurt("BU99990003", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
    ];

    [Fact]
    public void Run_HighestGasUse_IsUrgentAndOthersAreNot()
    {
        var result = Score(
            Profile(Energie()),
            ("BU99990001", "gas", 900),
            ("BU99990002", "gas", 1500),
            ("BU99990003", "gas", 2400)
        );

        Assert.Equal(
            [UrgencyClass.Laag, UrgencyClass.Midden, UrgencyClass.Hoog],
            result.Buurten.Select(b => b.Opgaven[0].Class)
        );
        Assert.Equal([0, 0, 1], result.Buurten.Select(b => b.Overlap));
    }

    [Fact]
    public void Run_LowerIsMoreUrgent_TurnsRankRound()
    {
        var opgave = new OpgaveDefinition(
            "energie",
            "Energie",
            "#000",
            [new OpgaveIndicator("warmtenet", 1, IndicatorDirection.LowerIsMoreUrgent)]
        );

        var result = Score(
            Profile(opgave),
            ("BU99990001", "warmtenet", 0),
            ("BU99990002", "warmtenet", 50),
            ("BU99990003", "warmtenet", 90)
        );

        Assert.Equal(100, result.Buurten[0].Opgaven[0].Score);
        Assert.Equal(0, result.Buurten[2].Opgaven[0].Score);
    }

    [Fact]
    public void Run_MissingValue_IsOnbekendNotZero()
    {
        var result = Score(
            Profile(Energie()),
            ("BU99990001", "gas", null),
            ("BU99990002", "gas", 1500),
            ("BU99990003", "gas", 2400)
        );

        var missing = result.Buurten[0].Opgaven[0];
        Assert.Null(missing.Score);
        Assert.Equal(UrgencyClass.Onbekend, missing.Class);
        Assert.Equal(0, missing.Coverage);
        Assert.Equal(0, result.Buurten[1].Opgaven[0].Score);
    }

    [Fact]
    public void Run_ContributionsSumToScore()
    {
        var opgave = new OpgaveDefinition("energie", "Energie", "#000",
        [
            new OpgaveIndicator("gas", 3, IndicatorDirection.HigherIsMoreUrgent),
            new OpgaveIndicator("label", 1, IndicatorDirection.HigherIsMoreUrgent),
        ]);

        var result = Score(Profile(opgave),
            ("BU99990001", "gas", 1), ("BU99990002", "gas", 2), ("BU99990003", "gas", 3),
            ("BU99990001", "label", 9), ("BU99990002", "label", 5), ("BU99990003", "label", 7));

        foreach (var score in result.Buurten.Select(b => b.Opgaven[0]))
        {
            Assert.Equal(score.Score!.Value, score.Contributions.Sum(c => c.Contribution!.Value), 9);
        }
    }

    [Fact]
    public void Run_TooLittleWeightWithData_IsOnbekend()
    {
        var opgave = new OpgaveDefinition(
            "energie",
            "Energie",
            "#000",
            [
                new OpgaveIndicator("gas", 1, IndicatorDirection.HigherIsMoreUrgent),
                new OpgaveIndicator("label", 3, IndicatorDirection.HigherIsMoreUrgent),
            ]
        );

        var result = Score(
            Profile(opgave),
            ("BU99990001", "gas", 1),
            ("BU99990002", "gas", 2),
            ("BU99990002", "label", 4)
        );

        Assert.Equal(UrgencyClass.Onbekend, result.Buurten[0].Opgaven[0].Class);
        Assert.Equal(0.25, result.Buurten[0].Opgaven[0].Coverage);
        Assert.NotNull(result.Buurten[1].Opgaven[0].Score);
    }

    [Fact]
    public void Run_KoppelkansAppliesOnlyWhereAllItsOpgavenAreUrgent()
    {
        var sociaal = new OpgaveDefinition(
            "sociaal",
            "Sociaal",
            "#000",
            [new OpgaveIndicator("inkomen", 1, IndicatorDirection.LowerIsMoreUrgent)]
        );
        var kans = new KoppelkansDefinition(
            "energiearmoede",
            "Energiearmoede",
            ["energie", "sociaal"],
            "Samen aanpakken."
        );
        var profile = Profile(Energie(), sociaal) with { Koppelkansen = [kans] };

        var result = Score(profile,
            ("BU99990001", "gas", 1), ("BU99990002", "gas", 2), ("BU99990003", "gas", 3),
            ("BU99990001", "inkomen", 30), ("BU99990002", "inkomen", 20), ("BU99990003", "inkomen", 10));

        Assert.Equal(2, result.Buurten[2].Overlap);
        Assert.Equal("energiearmoede", Assert.Single(result.Buurten[2].Koppelkansen).Id);
        Assert.Empty(result.Buurten[0].Koppelkansen);
    }

    [Fact]
    public void Run_RanksWithinEachGemeenteSeparately()
    {
        Area[] buurten =
        [
            TestAreas.Buurt("BU99990001", "POLYGON ((0 0, 1 0, 1 1, 0 0))", "GM9999"),
            TestAreas.Buurt("BU99980001", "POLYGON ((0 0, 1 0, 1 1, 0 0))", "GM9998"),
        ];
        var table = new IndicatorTable([new("BU99990001", "gas", 2024, 100), new("BU99980001", "gas", 2024, 5000)]);

        var result = ScoreOpgaven.Run(new ScoringParameters(Profile(Energie()), buurten, table));

        Assert.Equal(50, result.Buurten[0].Opgaven[0].Score);
        Assert.Equal(50, result.Buurten[1].Opgaven[0].Score);
    }

    private static OpgaveDefinition Energie() =>
        new("energie", "Energie", "#d95f02", [new OpgaveIndicator("gas", 1, IndicatorDirection.HigherIsMoreUrgent)]);

    private static Profile Profile(params OpgaveDefinition[] opgaven) =>
        new("test", 1, "Test", UrgentThreshold: 65, AttentionThreshold: 45, MinimumCoverage: 0.5, opgaven, []);

    private static ScoringResult Score(
        Profile profile,
        params (string Code, string Indicator, double? Value)[] values
    ) =>
        ScoreOpgaven.Run(
            new ScoringParameters(
                profile,
                Buurten,
                new IndicatorTable(values.Select(v => new IndicatorValue(v.Code, v.Indicator, 2024, v.Value)))
            )
        );
}
