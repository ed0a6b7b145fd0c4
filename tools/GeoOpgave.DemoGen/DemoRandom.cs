namespace GeoOpgave.DemoGen;

/// <summary>
/// The generator's only source of chance: <see cref="Random"/> with a fixed seed, whose sequence .NET keeps stable
/// for a given seed, so every run draws the same numbers as long as the draws happen in the same order.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + (_random.NextDouble() * (max - min));

    /// <summary>Uniform integer in [min, max].</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>Normal with the given mean and standard deviation (Box–Muller).</summary>
    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>An index drawn with the given (unnormalised) weights.</summary>
    public int Pick(IReadOnlyList<double> weights)
    {
        var r = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
