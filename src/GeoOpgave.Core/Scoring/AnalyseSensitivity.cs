namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Monte-Carlo robustness of the priority selection: every run multiplies each weight by 1 + u
/// (u uniform in ±<see cref="SensitivityParameters.Perturbation"/>, drawn from one seeded
/// <see cref="Random"/> before the runs start), rescores from the precomputed normalised values and
/// counts per buurt whether it is in the top k by priority (overlap, then combined score). Runs go in
/// parallel; the result is the same for any thread count.
/// </summary>
public static class AnalyseSensitivity
{
    public static SensitivityResult Run(SensitivityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(parameters.Runs);
        ArgumentOutOfRangeException.ThrowIfNegative(parameters.TopK);
        var m = parameters.Indicators;
        var baseWeights = parameters.Weights?.ToArray() ?? m.ProfileWeights();
        var baseline = RescoreOpgaven.Run(new RescoreParameters(m) { Weights = baseWeights });
        var factors = DrawFactors(parameters, baseWeights.Length);

        var counts = new int[m.BuurtCount];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parameters.MaxDegreeOfParallelism };
        Parallel.For(
            0,
            parameters.Runs,
            options,
            () => new SensitivityWorker(m, baseWeights, parameters.TopK),
            (run, _, worker) =>
            {
                worker.Run(factors.AsSpan(run * baseWeights.Length, baseWeights.Length));
                return worker;
            },
            worker =>
            {
                lock (counts)
                {
                    worker.AddCountsTo(counts);
                }
            });

        var buurten = new BuurtStability[m.BuurtCount];
        for (var b = 0; b < buurten.Length; b++)
        {
            var rank = baseline.PriorityRank[b];
            var share = parameters.Runs > 0 ? counts[b] / (double)parameters.Runs : 0;
            buurten[b] = new BuurtStability(m.BuurtCodes[b], rank, rank <= parameters.TopK, counts[b], share);
        }

        return new SensitivityResult(parameters.Runs, parameters.TopK, parameters.Perturbation, buurten);
    }

    private static double[] DrawFactors(SensitivityParameters parameters, int slots)
    {
        // Drawn up front, in run order, so that parallel runs cannot change which run gets which weights.
        var random = new Random(parameters.Seed);
        var factors = new double[parameters.Runs * slots];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = 1 + (parameters.Perturbation * ((2 * random.NextDouble()) - 1));
        }

        return factors;
    }
}
