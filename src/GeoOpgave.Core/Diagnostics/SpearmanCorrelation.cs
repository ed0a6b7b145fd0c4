namespace GeoOpgave.Core.Diagnostics;

/// <summary>Spearman's rank correlation: Pearson's r of the ranks, ties given their mean rank.</summary>
public static class SpearmanCorrelation
{
    /// <summary>
    /// r over the positions where both columns are finite, and how many those are; r is null with fewer than
    /// <paramref name="minimumPairs"/> positions or when either column is constant there.
    /// </summary>
    public static (double? R, int Pairs) Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int minimumPairs)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsFinite(x[i]) && double.IsFinite(y[i]))
            {
                xs.Add(x[i]);
                ys.Add(y[i]);
            }
        }

        if (xs.Count < Math.Max(2, minimumPairs))
        {
            return (null, xs.Count);
        }

        return (Pearson(Ranks(xs), Ranks(ys)), xs.Count);
    }

    private static double[] Ranks(List<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var mean = (start + end) / 2.0;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = mean;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double? Pearson(double[] a, double[] b)
    {
        var (meanA, meanB) = (a.Average(), b.Average());
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var (da, db) = (a[i] - meanA, b[i] - meanB);
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : null;
    }
}
