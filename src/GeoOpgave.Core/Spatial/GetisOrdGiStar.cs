using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Spatial;

/// <summary>
/// Getis-Ord Gi* (Getis &amp; Ord 1992; Ord &amp; Getis 1995) with binary weights: w_ij = 1 for j = i
/// and for each neighbour, else 0. Over the n areas with a value,
/// <code>
/// Gi* = (Σⱼ wᵢⱼ xⱼ − X̄ Wᵢ) / (S · √((n S1ᵢ − Wᵢ²) / (n − 1)))
/// </code>
/// with Wᵢ = Σⱼ wᵢⱼ, S1ᵢ = Σⱼ wᵢⱼ², X̄ = Σ x / n and S = √(Σ x² / n − X̄²). Gi* is a z-score; the
/// p-value is two-sided from the standard normal, by default adjusted for the number of tests (Benjamini–Hochberg).
/// Areas without a value are left out of n and of every neighbourhood and get no z. Below
/// <see cref="HotSpotParameters.MinimumAreas"/> areas nothing is tested (every class unknown, z kept). A pure function of
/// its parameters.
/// </summary>
public static class GetisOrdGiStar
{
    public static HotSpotResult Run(HotSpotParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = parameters.Values;
        if (values.Count != parameters.Contiguity.Count)
        {
            throw new ArgumentException("One value per area of the contiguity is needed.", nameof(parameters));
        }

        var valid = values.Where(Known).Select(v => v!.Value).ToArray();
        var n = valid.Length;
        var mean = n > 0 ? valid.Average() : double.NaN;
        var s = n > 0 ? Math.Sqrt(Math.Max(0, (valid.Sum(v => v * v) / n) - (mean * mean))) : double.NaN;

        var z = new double?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            z[i] = Known(values[i]) ? ZOf(i, values, parameters.Contiguity, n, mean, s) : null;
        }

        return new HotSpotResult(Classify(z, parameters, n >= parameters.MinimumAreas), n);
    }

    private static double? ZOf(
        int i,
        IReadOnlyList<double?> values,
        Contiguity contiguity,
        int n,
        double mean,
        double s
    )
    {
        var sum = values[i]!.Value;
        var w = 1.0;
        foreach (var j in contiguity.NeighboursOf(i))
        {
            if (Known(values[j]))
            {
                sum += values[j]!.Value;
                w++;
            }
        }

        // Binary weights: S1ᵢ = Σ wᵢⱼ² = Wᵢ.
        var spread = ((n * w) - (w * w)) / (n - 1);
        if (n < 2 || !(s > 0) || !(spread > 0))
        {
            return null;
        }

        return (sum - (mean * w)) / (s * Math.Sqrt(spread));
    }

    private static HotSpot[] Classify(double?[] z, HotSpotParameters parameters, bool enoughAreas)
    {
        var p = z.Select(v => v is { } x ? StandardNormal.TwoSidedP(x) : (double?)null).ToArray();
        var known = Enumerable.Range(0, z.Length).Where(i => p[i] is not null).ToArray();
        var adjustedKnown = FalseDiscoveryRate.Adjust(known.Select(i => p[i]!.Value).ToArray());
        var adjusted = new double?[z.Length];
        for (var k = 0; k < known.Length; k++)
        {
            adjusted[known[k]] = adjustedKnown[k];
        }

        return z.Select((zi, i) =>
        {
            var test = parameters.FalseDiscoveryRate ? adjusted[i] : p[i];
            var cls = zi switch
            {
                // Below the minimum the test is not made: "not significant" would claim a result it does not have.
                null => HotSpotClass.Unknown,
                _ when !enoughAreas => HotSpotClass.Unknown,
                _ when test > parameters.Alpha => HotSpotClass.NotSignificant,
                > 0 => HotSpotClass.HotSpot,
                < 0 => HotSpotClass.ColdSpot,
                _ => HotSpotClass.NotSignificant,
            };
            return new HotSpot(i, zi, p[i], adjusted[i], cls);
        }).ToArray();
    }

    private static bool Known(double? v) => v is { } x && double.IsFinite(x);
}
