namespace GeoOpgave.Core.Scoring;

/// <summary>
/// Percentile rank (0–100) of values within one group: the share of the other values a value is
/// greater than, ties counted half. Missing values take no part and get no rank.
/// </summary>
public sealed class PercentileRanks
{
    private readonly double[] _sorted;

    public PercentileRanks(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _sorted = values.Where(v => v.HasValue && double.IsFinite(v.Value)).Select(v => v!.Value).ToArray();
        Array.Sort(_sorted);
    }

    /// <summary>The rank of a value (0 = lowest, 100 = highest), or null for a missing value.</summary>
    public double? RankOf(double? value)
    {
        if (value is not { } v || !double.IsFinite(v) || _sorted.Length == 0)
        {
            return null;
        }

        if (_sorted.Length == 1)
        {
            return 50;
        }

        var below = LowerBound(v);
        var equalOthers = Math.Max(0, UpperBound(v) - below - 1);
        return (below + (0.5 * equalOthers)) / (_sorted.Length - 1) * 100.0;
    }

    private int LowerBound(double v)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] < v) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }

    private int UpperBound(double v)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] <= v) { lo = mid + 1; } else { hi = mid; }
        }

        return lo;
    }
}
