using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Tests.Scoring;

public class ExplainOpgaveTests
{
    // 21 buurten; buurt i has gas 950 + 50·i m³ and 10 + 3·i % labels E–G, so buurt 18 ("Kerkbuurt")
    // has 1 850 m³ and 64 %, both at percentile 90 of the gemeente.
    private static readonly Area[] Buurten = Enumerable
        .Range(0, 21)
        .Select(i =>
            TestAreas.Buurt($"BU9999{i:D4}", ScoringData.Square) with
            {
                Name = i == 18 ? "Kerkbuurt" : $"Buurt {i}",
            }
        )
        .ToArray();

    [Fact]
    public void Run_UrgentBuurt_WritesTheDutchSentenceInNlNlWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var explanation = Explain("BU99990018");

            Assert.Equal(
                "In Kerkbuurt is de energieopgave urgent (score 90): gemiddeld gasverbruik 1.850 m³ (hoogste 10 % van de gemeente) en woningen met label E–G 64 % (hoogste 10 % van de gemeente).",
                explanation.Sentence);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Run_UrgentBuurt_ListsEveryIndicatorWithContributionsAddingUpToTheScore()
    {
        var explanation = Explain("BU99990018");

        Assert.Equal(
            (90d, UrgencyClass.Hoog, 65d, 45d),
            (explanation.Score!.Value, explanation.Class, explanation.UrgentThreshold, explanation.AttentionThreshold)
        );
        var gas = explanation.Indicators[0];
        Assert.Equal(
            ("gemiddeld gasverbruik", "m³", 1850d, "1.850 m³", 90d, 3d),
            (gas.Info.Name, gas.Info.Unit, gas.RawValue!.Value, gas.FormattedValue, gas.Normalised!.Value, gas.Weight)
        );
        Assert.Equal(90, gas.GemeentePercentile);
        Assert.Equal(explanation.Score.Value, explanation.Indicators.Sum(i => i.Contribution!.Value), 9);
        Assert.Equal(2024, explanation.Year);
    }

    [Fact]
    public void Run_LowBuurt_SaysNotUrgentWithoutDrivers()
    {
        var explanation = Explain("BU99990002");

        Assert.Equal("In Buurt 2 is de energieopgave niet urgent (score 10).", explanation.Sentence);
    }

    [Fact]
    public void Run_OnbekendOpgave_SaysHowMuchWeightHadData()
    {
        var explanation = Explain("BU99990005", missingGasFor: "BU99990005", missingLabelFor: "BU99990005");

        Assert.Null(explanation.Score);
        Assert.Equal("onbekend", explanation.Indicators[0].FormattedValue);
        Assert.Equal(
            "Voor Buurt 5 is de energieopgave onbekend: slechts 0 % van de indicatoren (naar belang gewogen) heeft gegevens, minimaal 50 % is nodig.",
            explanation.Sentence
        );
    }

    [Fact]
    public void Run_UnknownBuurt_Throws()
    {
        Assert.Throws<ArgumentException>(() => Explain("BU12345678"));
    }

    private static OpgaveExplanation Explain(string code, string? missingGasFor = null, string? missingLabelFor = null)
    {
        var energie = new OpgaveDefinition("energie", "Energie", "#d95f02",
        [
            new OpgaveIndicator("gas", 3, IndicatorDirection.HigherIsMoreUrgent),
            new OpgaveIndicator("label", 3, IndicatorDirection.HigherIsMoreUrgent),
        ]);
        var profile = new Profile("t", 1, "T", 65, 45, 0.5, [energie], [])
        {
            IndicatorCatalogue = new Dictionary<string, IndicatorInfo>(StringComparer.Ordinal)
            {
                ["gas"] = new("gas", "gemiddeld gasverbruik", "m³", "CBS"),
                ["label"] = new("label", "woningen met label E–G", "%", "EP-online"),
            },
        };
        var values = Buurten.SelectMany((b, i) => new[]
        {
            new IndicatorValue(b.Code, "gas", 2024, b.Code == missingGasFor ? null : 950 + (50 * i)),
            new IndicatorValue(b.Code, "label", 2024, b.Code == missingLabelFor ? null : 10 + (3 * i)),
        });
        var result = ScoreOpgaven.Run(new ScoringParameters(profile, Buurten, new IndicatorTable(values)));
        return ExplainOpgave.Run(new ExplanationParameters(result, Buurten, code, "energie"));
    }
}
