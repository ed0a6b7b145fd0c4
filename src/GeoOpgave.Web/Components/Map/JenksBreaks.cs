namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// Jenks natural breaks by dynamic programming over the distinct values (scores rounded to 0.1 point, weighted by
/// how often they occur), so that 14,000 buurten cost about as much as 1,000 distinct scores.
/// </summary>
internal static class JenksBreaks
{
    public static double[] Of(double[] sorted, int classes)
    {
        var groups = sorted
            .GroupBy(v => Math.Round(v, 1))
            .Select(g => (Value: g.Key, Count: (double)g.Count()))
            .ToArray();
        var n = groups.Length;
        if (n <= classes)
        {
            return groups.Skip(1).Select(g => g.Value).ToArray();
        }

        var (w, s1, s2) = (new double[n + 1], new double[n + 1], new double[n + 1]);
        for (var i = 0; i < n; i++)
        {
            w[i + 1] = w[i] + groups[i].Count;
            s1[i + 1] = s1[i] + (groups[i].Count * groups[i].Value);
            s2[i + 1] = s2[i] + (groups[i].Count * groups[i].Value * groups[i].Value);
        }

        // Spread (sum of squared deviations) of the groups from..to inclusive.
        double Ssd(int from, int to)
        {
            var weight = w[to + 1] - w[from];
            var sum = s1[to + 1] - s1[from];
            return s2[to + 1] - s2[from] - (sum * sum / weight);
        }

        var cost = new double[classes, n];
        var start = new int[classes, n];
        for (var j = 0; j < n; j++)
        {
            cost[0, j] = Ssd(0, j);
        }

        for (var c = 1; c < classes; c++)
        {
            for (var j = c; j < n; j++)
            {
                cost[c, j] = double.PositiveInfinity;
                for (var i = c; i <= j; i++)
                {
                    var candidate = cost[c - 1, i - 1] + Ssd(i, j);
                    if (candidate < cost[c, j])
                    {
                        (cost[c, j], start[c, j]) = (candidate, i);
                    }
                }
            }
        }

        var breaks = new double[classes - 1];
        var end = n - 1;
        for (var c = classes - 1; c > 0; c--)
        {
            breaks[c - 1] = groups[start[c, end]].Value;
            end = start[c, end] - 1;
        }

        return breaks;
    }
}
