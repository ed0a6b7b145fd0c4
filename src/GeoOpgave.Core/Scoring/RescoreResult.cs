namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Dense scores of every opgave in every buurt (rows as in <see cref="NormalisedIndicators.BuurtCodes"/>).
/// A score is 0–100, or NaN when the opgave is onbekend there.
/// </summary>
public sealed class RescoreResult
{
    private readonly double[] _scores;
    private readonly double[] _knownWeights;
    private readonly double[] _totals;
    private readonly UrgencyClass[] _classes;
    private readonly int[] _overlap;
    private readonly double[] _combined;
    private readonly int[] _priorityRank;
    private readonly (double Urgent, double Attention)[] _thresholds;

    internal RescoreResult(
        NormalisedIndicators indicators,
        double[] weights,
        double[] scores,
        double[] knownWeights,
        double[] totals
    )
    {
        Indicators = indicators;
        Weights = weights;
        _scores = scores;
        _knownWeights = knownWeights;
        _totals = totals;
        var n = indicators.BuurtCount;
        _classes = new UrgencyClass[scores.Length];
        _overlap = new int[n];
        _combined = new double[n];
        _thresholds = new (double, double)[indicators.Profile.Opgaven.Count];
        Summarise();
        _priorityRank = PriorityRanks.Of(_overlap, _combined);
    }

    public NormalisedIndicators Indicators { get; }

    /// <summary>The weights used, one per slot.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The scores of one opgave, NaN where onbekend.</summary>
    public ReadOnlySpan<double> ScoresOf(int opgave) =>
        _scores.AsSpan(opgave * Indicators.BuurtCount, Indicators.BuurtCount);

    /// <summary>The score (0–100), or null when onbekend.</summary>
    public double? Score(int opgave, int buurt) => _scores[Row(opgave, buurt)] is var s && double.IsNaN(s) ? null : s;

    /// <summary>Share (0–1) of the opgave's weight that had data in the buurt.</summary>
    public double Coverage(int opgave, int buurt) =>
        _totals[opgave] > 0 ? _knownWeights[Row(opgave, buurt)] / _totals[opgave] : 0;

    /// <summary>The weight (same units as the profile's weights) that had data in the buurt.</summary>
    public double KnownWeight(int opgave, int buurt) => _knownWeights[Row(opgave, buurt)];

    public UrgencyClass Class(int opgave, int buurt) => _classes[Row(opgave, buurt)];

    /// <summary>Per buurt: how many opgaven are urgent (class hoog); onbekend never counts.</summary>
    public ReadOnlySpan<int> Overlap => _overlap;

    /// <summary>Per buurt: the unweighted mean of the known opgave scores (0–100), NaN when all are onbekend.</summary>
    public ReadOnlySpan<double> CombinedScore => _combined;

    /// <summary>
    /// Per buurt: 1 for the first priority. Order: overlap descending, then combined score descending
    /// (onbekend last), then the order the buurten were given.
    /// </summary>
    public ReadOnlySpan<int> PriorityRank => _priorityRank;

    /// <summary>The score thresholds of hoog and midden that were applied to an opgave (calibrated ones
    /// resolved).</summary>
    public (double Urgent, double Attention) ThresholdsOf(int opgave) => _thresholds[opgave];

    private int Row(int opgave, int buurt) => (opgave * Indicators.BuurtCount) + buurt;

    private void Summarise()
    {
        var profile = Indicators.Profile;
        var n = Indicators.BuurtCount;
        var counts = new int[n];
        for (var o = 0; o < profile.Opgaven.Count; o++)
        {
            var (urgent, attention) = _thresholds[o] = profile.ThresholdsOf(
                profile.Opgaven[o],
                _scores.AsSpan(o * n, n)
            );
            for (var b = 0; b < n; b++)
            {
                var s = _scores[(o * n) + b];
                _classes[(o * n) + b] = UrgencyClassifier.Classify(s, urgent, attention);
                if (double.IsNaN(s))
                {
                    continue;
                }

                _overlap[b] += OpgaveKernel.Reaches(s, urgent) ? 1 : 0;
                _combined[b] += s;
                counts[b]++;
            }
        }

        for (var b = 0; b < n; b++)
        {
            _combined[b] = counts[b] > 0 ? _combined[b] / counts[b] : double.NaN;
        }
    }
}
