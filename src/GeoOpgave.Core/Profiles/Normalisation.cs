namespace GeoOpgave.Core.Profiles;

/// <summary>
/// How one indicator of an opgave is normalised to 0–100 (100 = most urgent). The relative kinds are
/// turned round (100 − x) for <see cref="IndicatorDirection.LowerIsMoreUrgent"/>. An absolute
/// normalisation gives the urgency score directly: its breakpoints must already rise in the urgent
/// direction (the profile reader checks this). A missing value stays missing under every kind.
/// </summary>
public sealed record Normalisation
{
    private Normalisation(NormalisationKind kind, IReadOnlyList<AbsoluteBreakpoint> breakpoints)
    {
        Kind = kind;
        Breakpoints = breakpoints;
    }

    /// <summary>Percentile rank within the gemeente: the default.</summary>
    public static Normalisation PercentileGemeente { get; } = new(NormalisationKind.PercentileGemeente, []);

    /// <summary>Percentile rank among all buurten scored together.</summary>
    public static Normalisation PercentileAll { get; } = new(NormalisationKind.PercentileAll, []);

    /// <summary>Min–max scaling within the gemeente.</summary>
    public static Normalisation MinMax { get; } = new(NormalisationKind.MinMax, []);

    /// <summary>z-score within the gemeente through the normal CDF.</summary>
    public static Normalisation ZScore { get; } = new(NormalisationKind.ZScore, []);

    public NormalisationKind Kind { get; }

    /// <summary>
    /// For <see cref="NormalisationKind.Absolute"/>: breakpoints sorted by value (in the indicator's unit).
    /// Between two breakpoints the score is interpolated linearly; below the first and above the last it
    /// is the end score. Empty for the other kinds.
    /// </summary>
    public IReadOnlyList<AbsoluteBreakpoint> Breakpoints { get; }

    /// <summary>An absolute normalisation; the breakpoints are sorted by value.</summary>
    /// <exception cref="ArgumentException">Fewer than two breakpoints, a non-finite number, a repeated value or a score
    /// outside 0–100.</exception>
    public static Normalisation Absolute(IEnumerable<AbsoluteBreakpoint> breakpoints)
    {
        ArgumentNullException.ThrowIfNull(breakpoints);
        var sorted = breakpoints.OrderBy(b => b.Value).ToArray();
        if (sorted.Length < 2
            || sorted.Any(b => !double.IsFinite(b.Value) || !(b.Score is >= 0 and <= 100))
            || sorted.Zip(sorted.Skip(1)).Any(p => p.First.Value == p.Second.Value))
        {
            throw new ArgumentException(
                "At least two breakpoints with distinct finite values and scores in 0–100 are needed.",
                nameof(breakpoints)
            );
        }

        return new Normalisation(NormalisationKind.Absolute, sorted);
    }

    /// <summary>The absolute score (0–100) of a raw value; only for <see cref="NormalisationKind.Absolute"/>.</summary>
    public double ScoreOf(double value)
    {
        var points = Breakpoints;
        if (value <= points[0].Value)
        {
            return points[0].Score;
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (value <= points[i].Value)
            {
                var (a, b) = (points[i - 1], points[i]);
                return a.Score + ((value - a.Value) / (b.Value - a.Value) * (b.Score - a.Score));
            }
        }

        return points[^1].Score;
    }

    public bool Equals(Normalisation? other) =>
        other is not null && Kind == other.Kind && Breakpoints.SequenceEqual(other.Breakpoints);

    public override int GetHashCode() => HashCode.Combine(Kind, Breakpoints.Count);
}
