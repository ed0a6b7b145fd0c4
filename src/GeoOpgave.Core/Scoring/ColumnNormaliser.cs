using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Turns one indicator's raw values (NaN = missing) into 0–100 (NaN = missing), group by group; rows in no group are
/// left as they are.
/// </summary>
internal static class ColumnNormaliser
{
    public static void Normalise(
        OpgaveIndicator indicator,
        ReadOnlySpan<double> raw,
        IReadOnlyList<int[]> groups,
        Span<double> target
    )
    {
        var normalisation = indicator.Normalisation;
        if (normalisation.Kind == NormalisationKind.Absolute)
        {
            foreach (var group in groups)
            {
                foreach (var i in group)
                {
                    target[i] = double.IsNaN(raw[i]) ? double.NaN : normalisation.ScoreOf(raw[i]);
                }
            }

            return;
        }

        var flip = indicator.Direction == IndicatorDirection.LowerIsMoreUrgent;
        foreach (var group in groups)
        {
            var values = new double[group.Length];
            for (var i = 0; i < group.Length; i++)
            {
                values[i] = raw[group[i]];
            }

            var scores = Relative(normalisation.Kind, values);
            for (var i = 0; i < group.Length; i++)
            {
                target[group[i]] = flip ? 100 - scores[i] : scores[i];
            }
        }
    }

    private static double[] Relative(NormalisationKind kind, double[] values) => kind switch
    {
        NormalisationKind.MinMax => MinMax(values),
        NormalisationKind.ZScore => ZScore(values),
        _ => Percentile(values),
    };

    private static double[] Percentile(double[] values)
    {
        var ranks = new PercentileRanks(values.Select(v => double.IsNaN(v) ? (double?)null : v));
        return values.Select(v => ranks.RankOf(double.IsNaN(v) ? null : v) ?? double.NaN).ToArray();
    }

    private static double[] MinMax(double[] values)
    {
        var known = values.Where(v => !double.IsNaN(v)).ToArray();
        if (known.Length == 0)
        {
            return values;
        }

        var (min, max) = (known.Min(), known.Max());
        return values
            .Select(v => double.IsNaN(v) || max <= min ? Constant(v) : (v - min) / (max - min) * 100)
            .ToArray();
    }

    private static double[] ZScore(double[] values)
    {
        var known = values.Where(v => !double.IsNaN(v)).ToArray();
        if (known.Length == 0)
        {
            return values;
        }

        var mean = known.Average();
        var sd = Math.Sqrt(known.Sum(v => (v - mean) * (v - mean)) / known.Length);
        return values
            .Select(v => double.IsNaN(v) || sd <= 0 ? Constant(v) : StandardNormal.Cdf((v - mean) / sd) * 100)
            .ToArray();
    }

    // All values equal: no buurt is more urgent than another, so each sits in the middle; missing stays missing.
    private static double Constant(double v) => double.IsNaN(v) ? v : 50;
}
