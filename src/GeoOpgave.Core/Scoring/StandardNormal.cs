namespace GeoOpgave.Core.Scoring;

/// <summary>
/// The standard normal distribution, to about 1e-15 absolute: a positive-term series for erf below
/// x = 3 and a continued fraction for erfc above it, so tails keep their relative precision.
/// </summary>
public static class StandardNormal
{
    private static readonly double TwoOverSqrtPi = 2 / Math.Sqrt(Math.PI);

    /// <summary>P(Z ≤ z).</summary>
    public static double Cdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        var tail = 0.5 * Erfc(Math.Abs(z) / Math.Sqrt(2));
        return z < 0 ? tail : 1 - tail;
    }

    /// <summary>Two-sided p-value of a z-score: P(|Z| ≥ |z|).</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The complementary error function for x ≥ 0.</summary>
    internal static double Erfc(double x)
    {
        if (x < 3)
        {
            return 1 - Erf(x);
        }

        return x > 27 ? 0 : ErfcContinuedFraction(x);
    }

    // erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): every term positive, so no cancellation.
    private static double Erf(double x)
    {
        var term = x;
        var sum = x;
        for (var n = 1; n < 200 && term > sum * 1e-17; n++)
        {
            term *= 2 * x * x / ((2 * n) + 1);
            sum += term;
        }

        return TwoOverSqrtPi * Math.Exp(-x * x) * sum;
    }

    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated with Lentz's method.
    private static double ErfcContinuedFraction(double x)
    {
        const double tiny = 1e-300;
        var f = x;
        var c = x;
        var d = 0.0;
        for (var k = 1; k < 500; k++)
        {
            var a = k / 2.0;
            d = x + (a * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = x + (a / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
