using System.Diagnostics;
using System.Globalization;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Bench.Measure;

/// <summary>
/// W5: a planner moves a slider. 14,000 buurten in 40 gemeenten × 40 indicators (4 opgaven of 10), seeded,
/// with ~3 % missing values; the matrix is normalised once, then rescored with new weights, then 1,000
/// sensitivity runs with weights ±25 %. Targets (BENCHMARKS.md): rescoring &lt; 50 ms, 1,000 runs &lt; 2 s.
/// </summary>
internal static class ScoringWorkload
{
    private const int Indicators = 40;

    public static IReadOnlyList<Measurement> Run(int buurtCount, int runs, TextWriter output)
    {
        var (parameters, weights) = Build(buurtCount);
        var clock = Stopwatch.StartNew();
        var matrix = NormaliseIndicators.Run(parameters);
        var normaliseSeconds = clock.Elapsed.TotalSeconds;

        // Warm up the JIT once, as a planner's second slider move would find it.
        RescoreOpgaven.Run(new RescoreParameters(matrix) { Weights = weights });
        var rescore = Enumerable.Range(0, Math.Max(runs, 25)).Select(i =>
        {
            var moved = weights.Select((w, j) => j == i % weights.Length ? w * 1.5 : w).ToArray();
            clock.Restart();
            var result = RescoreOpgaven.Run(new RescoreParameters(matrix) { Weights = moved });
            return (Seconds: clock.Elapsed.TotalSeconds, Result: result);
        }).OrderBy(r => r.Seconds).ToList();
        var median = rescore[rescore.Count / 2];
        var p95 = rescore[(int)(rescore.Count * 0.95)];

        var sensitivity = Enumerable
            .Range(0, runs)
            .Select(_ =>
            {
                clock.Restart();
                var result = AnalyseSensitivity.Run(
                    new SensitivityParameters(matrix, TopK: 100) { Runs = 1000, Weights = weights }
                );
                return (Seconds: clock.Elapsed.TotalSeconds, Result: result);
            })
            .OrderBy(r => r.Seconds)
            .ToList();

        var sensitivityMedian = sensitivity[sensitivity.Count / 2].Seconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"W5: {buurtCount} buurten × {Indicators} indicators; normalise once {normaliseSeconds:F2} s; " +
            $"rescore median {median.Seconds * 1000:F1} ms, p95 {p95.Seconds * 1000:F1} ms (target < 50 ms); " +
            $"1,000 sensitivity runs median {sensitivityMedian:F2} s (target < 2 s)"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        return
        [
            new Measurement("w5-rescore", median.Seconds, null, peak, Checksum(median.Result)),
            new Measurement("w5-sensitivity-1000", sensitivityMedian, null, peak, $"top-k 100 over {buurtCount}"),
        ];
    }

    private static string Checksum(RescoreResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"overlap Σ {Sum(result.Overlap)}");

    private static long Sum(ReadOnlySpan<int> values)
    {
        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static (ScoringParameters Parameters, double[] Weights) Build(int buurtCount)
    {
        var random = new Random(5);
        var square = new GeometryFactory(new PrecisionModel(), 28992).ToGeometry(new Envelope(0, 1, 0, 1));
        var buurten = Enumerable
            .Range(0, buurtCount)
            .Select(i => new Area(
                $"BU{i:D8}",
                $"Buurt {i}",
                AreaLevel.Buurt,
                $"GM{i % 40:D4}",
                $"WK{i / 10:D6}",
                2024,
                square
            ))
            .ToArray();
        var values = new List<IndicatorValue>(buurtCount * Indicators);
        foreach (var buurt in buurten)
        {
            for (var k = 0; k < Indicators; k++)
            {
                var missing = random.NextDouble() < 0.03;
                values.Add(
                    new IndicatorValue(buurt.Code, $"i{k:D2}", 2024, missing ? null : random.NextDouble() * 1000)
                );
            }
        }

        var opgaven = Enumerable.Range(0, 4).Select(o => new OpgaveDefinition(
                $"opgave{o}",
                $"Opgave {o}",
                "#000000",
                Enumerable
                    .Range(o * 10, 10)
                    .Select(k => new OpgaveIndicator(
                        $"i{k:D2}",
                        1 + (k % 3),
                        k % 4 == 0 ? IndicatorDirection.LowerIsMoreUrgent : IndicatorDirection.HigherIsMoreUrgent
                    ))
                    .ToArray()
            ))
            .ToArray();
        // Calibrated like the default profile: every opgave flags its top quarter, resolved again in every run.
        var profile = new Profile("bench", 1, "Bench", 65, 45, 0.5, opgaven, [])
        {
            UrgentShare = 0.25,
            AttentionShare = 0.55,
        };
        var weights = opgaven.SelectMany(o => o.Indicators).Select(i => i.Weight).ToArray();
        return (new ScoringParameters(profile, buurten, new IndicatorTable(values)), weights);
    }
}
