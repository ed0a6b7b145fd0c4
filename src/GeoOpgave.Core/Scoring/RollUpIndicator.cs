namespace GeoOpgave.Core.Scoring;

/// <summary>
/// One indicator over the buurten of a wijk, gemeente or selectie, as CBS aggregates it: each buurt's value weighted
/// by its own denominator (dwellings for a share of dwellings, households for a share of households), so a share
/// rolls up to the ratio of the sums. Unknown values are left out, never read as zero.
/// </summary>
public static class RollUpIndicator
{
    /// <summary>
    /// The weighted mean of the known values: by denominator when every buurt with a value has one; else by
    /// inhabitants where known; else the plain mean (e.g. one secret buurt). Null when no value is known.
    /// </summary>
    public static double? Mean(IEnumerable<RollUpInput> buurten)
    {
        ArgumentNullException.ThrowIfNull(buurten);
        var known = buurten.Where(b => b.Value is { } v && double.IsFinite(v)).ToArray();
        if (known.Length == 0)
        {
            return null;
        }

        if (
            known.All(b => b.Denominator is { } d && double.IsFinite(d) && d >= 0)
            && WeightedMean(known, b => b.Denominator) is { } byDenominator
        )
        {
            return byDenominator;
        }

        return WeightedMean(known.Where(b => b.Population is { } p && double.IsFinite(p) && p > 0).ToArray(), b =>
            b.Population
        ) ?? known.Average(b => b.Value!.Value);
    }

    private static double? WeightedMean(RollUpInput[] buurten, Func<RollUpInput, double?> weightOf)
    {
        var weight = buurten.Sum(b => weightOf(b)!.Value);
        return weight > 0 ? buurten.Sum(b => b.Value!.Value * weightOf(b)!.Value) / weight : null;
    }
}
