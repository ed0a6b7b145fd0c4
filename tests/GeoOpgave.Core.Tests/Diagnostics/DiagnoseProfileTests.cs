using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Diagnostics;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Tests.Scoring;

namespace GeoOpgave.Core.Tests.Diagnostics;

public class DiagnoseProfileTests
{
    private const IndicatorDirection Higher = IndicatorDirection.HigherIsMoreUrgent;

    [Fact]
    public void Run_IndependentRandomOpgaven_LiftIsOneWithinSamplingError()
    {
        var lifts = new List<double>();
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var buurten = ScoringData.Buurten(600, gemeenten: 1);
            var values = buurten.SelectMany(b =>
                new[] { Value(b, "x", random.NextDouble()), Value(b, "y", random.NextDouble()) }
            );

            var pair = Assert.Single(Diagnose(TwoOpgaven("x", "y"), buurten, values).Pairs);

            // Given both rates, the number of buurten urgent in both is at most binomially spread around the expected
            // share.
            var standardError = Math.Sqrt(pair.Expected * (1 - pair.Expected) / pair.BothKnown);
            Assert.True(
                Math.Abs(pair.Observed - pair.Expected) <= 4 * standardError,
                $"seed {seed}: {pair.Observed} against {pair.Expected}"
            );
            lifts.Add(pair.Lift!.Value);
        }

        Assert.InRange(lifts.Average(), 0.9, 1.1);
    }

    [Fact]
    public void Run_SameIndicatorInTwoOpgaven_LiftIsOneOverTheRateAndWarns()
    {
        var random = new Random(7);
        var buurten = ScoringData.Buurten(100, gemeenten: 1);
        var values = buurten.Select(b => Value(b, "x", random.NextDouble()));

        var result = Diagnose(TwoOpgaven("x", "x"), buurten, values);

        var pair = Assert.Single(result.Pairs);
        var rate = result.Opgaven[0].ShareHoog;
        Assert.Equal(rate, pair.Observed, 12);
        Assert.Equal(rate * rate, pair.Expected, 12);
        Assert.Equal(1 / rate, pair.Lift!.Value, 9);
        var warning = Assert.Single(result.Warnings, w => w.Code == DiagnosticWarning.SharedIndicator);
        Assert.Equal(["x"], warning.IndicatorIds);
        Assert.Equal(["energie", "sociaal"], warning.OpgaveIds);
        Assert.Contains("de energieopgave en de sociale opgave", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StronglyCorrelatedIndicatorsInTwoOpgaven_WarnsWithBoth()
    {
        var random = new Random(3);
        var buurten = ScoringData.Buurten(50, gemeenten: 1);
        var values = buurten.SelectMany(b =>
        {
            var x = random.NextDouble();
            return new[] { Value(b, "x", x), Value(b, "y", x + (random.NextDouble() * 0.1)) };
        });

        var warning = Assert.Single(Diagnose(TwoOpgaven("x", "y"), buurten, values).Warnings);

        Assert.Equal(DiagnosticWarning.CorrelatedIndicators, warning.Code);
        Assert.Equal(["x", "y"], warning.IndicatorIds);
        Assert.Equal(["energie", "sociaal"], warning.OpgaveIds);
        Assert.Contains("vaker samen urgent", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CorrelatedIndicatorsInOneOpgave_DoNotWarn()
    {
        var random = new Random(4);
        var buurten = ScoringData.Buurten(50, gemeenten: 1);
        var values = buurten.SelectMany(b =>
        {
            var x = random.NextDouble();
            return new[] { Value(b, "x", x), Value(b, "y", x), Value(b, "z", random.NextDouble()) };
        });
        var profile = TwoOpgaven("x", "z") is var p
            ? p with
            {
                Opgaven = [p.Opgaven[0] with { Indicators = [new("x", 1, Higher), new("y", 1, Higher)] }, p.Opgaven[1]],
            }
            : p;

        var result = Diagnose(profile, buurten, values);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Run_FewBuurten_WarnsAboutDataAndCoarsePercentiles()
    {
        var buurten = ScoringData.Buurten(30, gemeenten: 1);
        var values = buurten.SelectMany(
            (b, i) => new[] { Value(b, "x", i), Value(b, "y", i < 8 ? (i * 7) % 5 : null) }
        );

        var result = Diagnose(TwoOpgaven("x", "y"), buurten, values);

        var few = Assert.Single(result.Warnings, w => w.Code == DiagnosticWarning.FewBuurten);
        Assert.Equal(["sociaal"], few.OpgaveIds);
        Assert.Contains("slechts in 8 van de 30 buurten", few.Text, StringComparison.Ordinal);
        var coarse = Assert.Single(result.Warnings, w => w.Code == DiagnosticWarning.CoarsePercentiles);
        Assert.Equal(["y"], coarse.IndicatorIds);
        Assert.Equal(8, result.Opgaven[1].WithData);
        Assert.Equal(22.0 / 30, result.Opgaven[1].ShareOnbekend, 12);
    }

    [Fact]
    public void Run_IndicatorZeroInEveryBuurt_WarnsThatItRanksNothing()
    {
        var buurten = ScoringData.Buurten(40, gemeenten: 1);
        var values = buurten.SelectMany((b, i) => new[] { Value(b, "x", i), Value(b, "y", i < 5 ? null : 0) });

        var result = Diagnose(TwoOpgaven("x", "y"), buurten, values);

        var same = Assert.Single(result.Warnings, w => w.Code == DiagnosticWarning.SameEverywhere);
        Assert.Equal(["y"], same.IndicatorIds);
        Assert.Equal(["sociaal"], same.OpgaveIds);
        Assert.Contains("in alle 35 buurten met een waarde 0:", same.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOpgave_LeftOutOfThePairsBase()
    {
        var buurten = ScoringData.Buurten(40, gemeenten: 1);
        var values = buurten.SelectMany((b, i) => new[] { Value(b, "x", i), Value(b, "y", i < 30 ? 29 - i : null) });

        var profile = TwoOpgaven("x", "y");
        var scores = ScoringData.Score(profile, buurten, values);

        var result = Diagnose(profile, buurten, values);

        // By hand over the 30 buurten where y is known (x always is; its highest values are where y is missing).
        var known = scores.Buurten.Where(b => b.Opgaven[1].Class != UrgencyClass.Onbekend).ToArray();
        var rateA = known.Count(b => b.Opgaven[0].IsUrgent) / (double)known.Length;
        var rateB = known.Count(b => b.Opgaven[1].IsUrgent) / (double)known.Length;
        var pair = Assert.Single(result.Pairs);
        Assert.Equal(30, pair.BothKnown);
        Assert.Equal(known.Count(b => b.Overlap == 2), pair.BothUrgent);
        Assert.Equal(pair.BothUrgent / 30.0, pair.Observed, 12);
        Assert.Equal(rateA * rateB, pair.Expected, 12);
        Assert.True(rateA < result.Opgaven[0].ShareHoog, "the buurten without y must not count as 'x urgent, y not'");
        Assert.All(result.Opgaven, o =>
            Assert.Equal(1.0, o.ShareHoog + o.ShareMidden + o.ShareLaag + o.ShareOnbekend, 12)
        );
    }

    [Fact]
    public void Run_NoUrgentBuurt_LiftIsNull()
    {
        var buurten = ScoringData.Buurten(30, gemeenten: 1);
        var values = buurten.SelectMany(b => new[] { Value(b, "x", 1), Value(b, "y", 1) });

        var pair = Assert.Single(Diagnose(TwoOpgaven("x", "y"), buurten, values).Pairs);

        Assert.Equal(0, pair.Expected);
        Assert.Null(pair.Lift);
    }

    private static DiagnosticsResult Diagnose(Profile profile, Area[] buurten, IEnumerable<IndicatorValue> values)
    {
        var m = NormaliseIndicators.Run(new ScoringParameters(profile, buurten, new IndicatorTable(values)));
        var scores = ScoreOpgaven.ToResult(RescoreOpgaven.Run(new RescoreParameters(m)));
        return DiagnoseProfile.Run(new DiagnosticsParameters(buurten, m, scores));
    }

    private static Profile TwoOpgaven(string energie, string sociaal) => new(
        "test",
        1,
        "Test",
        65,
        45,
        0.5,
        [
            new OpgaveDefinition("energie", "Energie", "#000", [new OpgaveIndicator(energie, 1, Higher)]),
            new OpgaveDefinition("sociaal", "Sociaal", "#111", [new OpgaveIndicator(sociaal, 1, Higher)]),
        ],
        []);

    private static IndicatorValue Value(Area buurt, string indicator, double? value) =>
        new(buurt.Code, indicator, 2024, value);
}
