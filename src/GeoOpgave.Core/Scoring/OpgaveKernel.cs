using System.Numerics;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// The inner loop of scoring: weighted sums over dense columns. Kept apart so that
/// <see cref="RescoreOpgaven"/> and <see cref="AnalyseSensitivity"/> compute the very same numbers.
/// </summary>
internal static class OpgaveKernel
{
    /// <summary>
    /// Fills, per buurt, the weighted sum of the known normalised values of one opgave and the weight
    /// that had data; returns the opgave's total (positive) weight. Indicators in profile order, so the
    /// floating-point sums match the original per-buurt loop exactly.
    /// </summary>
    public static double Accumulate(
        NormalisedIndicators m,
        int opgave,
        ReadOnlySpan<double> weights,
        Span<double> weightedSum,
        Span<double> knownWeight
    )
    {
        weightedSum.Clear();
        knownWeight.Clear();
        var total = 0.0;
        for (var slot = m.OpgaveSlotStart(opgave); slot < m.OpgaveSlotEnd(opgave); slot++)
        {
            var w = weights[slot];
            if (!(w > 0))
            {
                continue;
            }

            total += w;
            AddScaled(w, m.ValueColumn(slot), weightedSum);
            AddScaled(w, m.KnownColumn(slot), knownWeight);
        }

        return total;
    }

    /// <summary>
    /// The score (0–100), or NaN (onbekend) when no or too little weight had data, or none of the opgave's key
    /// indicators did.
    /// </summary>
    public static double Score(
        double weightedSum,
        double knownWeight,
        double totalWeight,
        double minimumCoverage,
        bool keyKnown
    )
    {
        var coverage = totalWeight > 0 ? knownWeight / totalWeight : 0;
        return keyKnown && knownWeight > 0 && coverage >= minimumCoverage ? weightedSum / knownWeight : double.NaN;
    }

    /// <summary>
    /// Scores closer than this (points) count as equal. The same weighted mean computed with weights
    /// scaled by a constant can differ in the last bits; without this margin a score that is exactly
    /// on a threshold could flip class, or two equal buurten could swap places.
    /// </summary>
    public const double ScoreTolerance = 1e-9;

    /// <summary>Whether a score reaches a threshold, within <see cref="ScoreTolerance"/>; NaN never does.</summary>
    public static bool Reaches(double score, double threshold) => score >= threshold - ScoreTolerance;

    /// <summary>The priority key: overlap first, then the combined score (NaN last); higher comes first.</summary>
    public static double PriorityKey(int overlap, double combined) =>
        (overlap * 1000.0) + (double.IsNaN(combined) ? -1 : Math.Round(combined, 9));

    // y += w · x, vectorised; multiply and add stay separate so the result equals the scalar loop.
    private static void AddScaled(double w, ReadOnlySpan<double> x, Span<double> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var wv = new Vector<double>(w);
            for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var sum = new Vector<double>(y[i..]) + (new Vector<double>(x[i..]) * wv);
                sum.CopyTo(y[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += w * x[i];
        }
    }
}
