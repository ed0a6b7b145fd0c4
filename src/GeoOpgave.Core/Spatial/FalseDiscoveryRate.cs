namespace GeoOpgave.Core.Spatial;

/// <summary>The Benjamini–Hochberg step-up procedure.</summary>
public static class FalseDiscoveryRate
{
    /// <summary>
    /// Adjusted p-values, in input order: q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ · m / j for the p-values sorted
    /// ascending (m = count), capped at 1. An area is significant at FDR level α when q ≤ α.
    /// </summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        var running = 1.0;
        for (var r = m - 1; r >= 0; r--)
        {
            running = Math.Min(running, pValues[order[r]] * m / (r + 1));
            adjusted[order[r]] = running;
        }

        return adjusted;
    }
}
