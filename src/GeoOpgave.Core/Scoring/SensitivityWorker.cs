namespace GeoOpgave.Core.Scoring;

/// <summary>One thread's buffers for <see cref="AnalyseSensitivity"/>: allocated once, reused every run.</summary>
internal sealed class SensitivityWorker(NormalisedIndicators m, double[] baseWeights, int topK)
{
    private readonly double[] _weights = new double[baseWeights.Length];
    private readonly double[] _weightedSum = new double[m.BuurtCount];
    private readonly double[] _knownWeight = new double[m.BuurtCount];
    private readonly double[] _scores = new double[m.BuurtCount];
    private readonly int[] _overlap = new int[m.BuurtCount];
    private readonly double[] _combinedSum = new double[m.BuurtCount];
    private readonly int[] _combinedCount = new int[m.BuurtCount];
    private readonly double[] _keys = new double[m.BuurtCount];
    private readonly double[] _scratch = new double[m.BuurtCount];
    private readonly bool[] _inTop = new bool[m.BuurtCount];
    private readonly int[] _counts = new int[m.BuurtCount];

    public void Run(ReadOnlySpan<double> factors)
    {
        for (var s = 0; s < _weights.Length; s++)
        {
            _weights[s] = baseWeights[s] * factors[s];
        }

        Array.Clear(_overlap);
        Array.Clear(_combinedSum);
        Array.Clear(_combinedCount);
        var profile = m.Profile;
        for (var o = 0; o < profile.Opgaven.Count; o++)
        {
            var total = OpgaveKernel.Accumulate(m, o, _weights, _weightedSum, _knownWeight);
            var keyKnown = m.KeyKnownColumn(o);
            for (var b = 0; b < _keys.Length; b++)
            {
                _scores[b] = OpgaveKernel.Score(
                    _weightedSum[b],
                    _knownWeight[b],
                    total,
                    profile.MinimumCoverage,
                    keyKnown[b]
                );
            }

            // A calibrated threshold follows the perturbed scores, as it would in a real analysis.
            var (urgent, _) = profile.ThresholdsOf(profile.Opgaven[o], _scores);
            for (var b = 0; b < _keys.Length; b++)
            {
                var score = _scores[b];
                if (!double.IsNaN(score))
                {
                    _overlap[b] += OpgaveKernel.Reaches(score, urgent) ? 1 : 0;
                    _combinedSum[b] += score;
                    _combinedCount[b]++;
                }
            }
        }

        for (var b = 0; b < _keys.Length; b++)
        {
            var combined = _combinedCount[b] > 0 ? _combinedSum[b] / _combinedCount[b] : double.NaN;
            _keys[b] = OpgaveKernel.PriorityKey(_overlap[b], combined);
        }

        PriorityRanks.MarkTop(_keys, topK, _scratch, _inTop);
        for (var b = 0; b < _keys.Length; b++)
        {
            _counts[b] += _inTop[b] ? 1 : 0;
        }
    }

    public void AddCountsTo(int[] counts)
    {
        for (var b = 0; b < counts.Length; b++)
        {
            counts[b] += _counts[b];
        }
    }
}
