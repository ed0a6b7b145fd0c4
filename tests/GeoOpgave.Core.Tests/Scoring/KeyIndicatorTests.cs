using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class KeyIndicatorTests
{
    private static readonly Core.Areas.Area[] Buurten =
    [
        TestAreas.Buurt("BU99990001", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
        TestAreas.Buurt("BU99990002", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
        TestAreas.Buurt("BU99990003", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
    ];

    // BU..01 lacks gas, the heaviest indicator; its label and building year together carry half the weight.
    private static readonly IndicatorTable Values = new([
        new("BU99990001", "gas", 2024, null),
        new("BU99990001", "label", 2024, 30),
        new("BU99990001", "bouwjaar", 2024, 90),
        new("BU99990002", "gas", 2024, 1500),
        new("BU99990002", "label", 2024, 20),
        new("BU99990002", "bouwjaar", 2024, 50),
        new("BU99990003", "gas", 2024, 2400),
        new("BU99990003", "label", 2024, 10),
        new("BU99990003", "bouwjaar", 2024, 10),
    ]);

    [Fact]
    public void Run_HeaviestIndicatorMissing_OpgaveIsOnbekendAlthoughTheCoverageSuffices()
    {
        var result = ScoreOpgaven.Run(new ScoringParameters(Profile(keys: null), Buurten, Values));

        var energie = result.Buurten[0].Opgaven[0];
        Assert.Equal((null, UrgencyClass.Onbekend, 0.5), (energie.Score, energie.Class, energie.Coverage));
        Assert.NotNull(result.Buurten[1].Opgaven[0].Score);
    }

    [Fact]
    public void Run_ProfileNamesOtherKeyIndicators_OneOfThemSuffices()
    {
        var either = ScoreOpgaven.Run(new ScoringParameters(Profile(keys: ["gas", "label"]), Buurten, Values));
        var coverageOnly = ScoreOpgaven.Run(new ScoringParameters(Profile(keys: []), Buurten, Values));

        Assert.NotNull(either.Buurten[0].Opgaven[0].Score);
        Assert.NotNull(coverageOnly.Buurten[0].Opgaven[0].Score);
    }

    [Fact]
    public void Rescore_SensitivityRuns_KeepTheKeyIndicatorRule()
    {
        var matrix = NormaliseIndicators.Run(new ScoringParameters(Profile(keys: null), Buurten, Values));

        var rescored = RescoreOpgaven.Run(new RescoreParameters(matrix) { Weights = [1, 1, 1] });

        Assert.Null(rescored.Score(0, 0));
    }

    [Fact]
    public void Explain_HeaviestIndicatorMissing_SaysWhichFigureIsMissing()
    {
        var result = ScoreOpgaven.Run(new ScoringParameters(Profile(keys: null), Buurten, Values));

        var explanation = ExplainOpgave.Run(new ExplanationParameters(result, Buurten, "BU99990001", "energie"));

        Assert.Equal(
            "Voor BU99990001 is de energieopgave onbekend: het belangrijkste cijfer ontbreekt (‘gasverbruik’); zonder dat cijfer zeggen de andere te weinig.",
            explanation.Sentence);
    }

    [Fact]
    public void KeyIndicatorIds_TieForTheTopWeight_AnyOfTheTiedOnes()
    {
        var opgave = new OpgaveDefinition("energie", "Energie", "#000",
        [
            new OpgaveIndicator("gas", 3, IndicatorDirection.HigherIsMoreUrgent),
            new OpgaveIndicator("label", 3, IndicatorDirection.HigherIsMoreUrgent),
            new OpgaveIndicator("bouwjaar", 1, IndicatorDirection.HigherIsMoreUrgent),
        ]);

        Assert.Equal(["gas", "label"], opgave.KeyIndicatorIds());
    }

    private static Profile Profile(IReadOnlyList<string>? keys) =>
        new("test", 1, "Test", UrgentThreshold: 65, AttentionThreshold: 45, MinimumCoverage: 0.5,
        [
            new OpgaveDefinition("energie", "Energie", "#d95f02",
            [
                new OpgaveIndicator("gas", 2, IndicatorDirection.HigherIsMoreUrgent),
                new OpgaveIndicator("label", 1, IndicatorDirection.HigherIsMoreUrgent),
                new OpgaveIndicator("bouwjaar", 1, IndicatorDirection.HigherIsMoreUrgent),
            ])
            {
                KeyIndicators = keys,
            },
        ],
        [])
        {
            IndicatorCatalogue = new Dictionary<string, IndicatorInfo>(StringComparer.Ordinal)
            {
                ["gas"] = new("gas", "gasverbruik", "m³", "test"),
            },
        };
}
