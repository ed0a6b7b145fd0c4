using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class CompareScenariosTests
{
    [Fact]
    public void Run_TwoProfiles_ReportsRanksOverlapAndWhoEntersAndLeavesTheTopK()
    {
        Area[] buurten =
        [
            TestAreas.Buurt("BU99990001", ScoringData.Square),
            TestAreas.Buurt("BU99990002", ScoringData.Square),
            TestAreas.Buurt("BU99990003", ScoringData.Square),
        ];
        var table = new IndicatorTable([
            new("BU99990001", "gas", 2024, 1),
            new("BU99990002", "gas", 2024, 2),
            new("BU99990003", "gas", 2024, 3),
            new("BU99990001", "label", 2024, 3),
            new("BU99990002", "label", 2024, 2),
            new("BU99990003", "label", 2024, 1),
        ]);
        var a = ScoreOpgaven.Run(new ScoringParameters(Profile("gas"), buurten, table));
        var b = ScoreOpgaven.Run(new ScoringParameters(Profile("label"), buurten, table));

        var comparison = CompareScenarios.Run(new ScenarioComparisonParameters(a, b, TopK: 1));

        Assert.Equal(["BU99990001"], comparison.Entering);
        Assert.Equal(["BU99990003"], comparison.Leaving);
        var first = comparison.Buurten[0];
        Assert.Equal(
            (0, 1, 1, 3, 1, -2),
            (first.OverlapA, first.OverlapB, first.OverlapDifference, first.RankA, first.RankB, first.RankDifference)
        );
    }

    private static Profile Profile(string indicator) =>
        new(
            "t",
            1,
            "T",
            65,
            45,
            0.5,
            [
                new OpgaveDefinition(
                    "energie",
                    "Energie",
                    "#000",
                    [new OpgaveIndicator(indicator, 1, IndicatorDirection.HigherIsMoreUrgent)]
                ),
            ],
            []
        );
}
