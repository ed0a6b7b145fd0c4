namespace GeoOpgave.Core.Spatial;

/// <summary>What Getis-Ord Gi* needs.</summary>
/// <param name="Contiguity">The neighbours of each area (e.g. from <see cref="BuildContiguity"/>).</param>
/// <param name="Values">One value per area, same order as the contiguity (e.g. the combined score); null =
/// unknown.</param>
public sealed record HotSpotParameters(Contiguity Contiguity, IReadOnlyList<double?> Values)
{
    /// <summary>Significance level, two-sided.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// When true (the default), significance is judged on Benjamini–Hochberg adjusted p-values (controls the share of
    /// false hot spots among all hot spots found) instead of the raw p-values: with one test per buurt, raw p-values
    /// would mark about one buurt in twenty by chance alone.
    /// </summary>
    public bool FalseDiscoveryRate { get; init; } = true;

    /// <summary>The default of <see cref="MinimumAreas"/>.</summary>
    public const int DefaultMinimumAreas = 30;

    /// <summary>
    /// With fewer areas with a value than this, the normal approximation of Gi* does not hold: every area with a z is
    /// then <see cref="HotSpotClass.NotSignificant"/> (z and p are still reported).
    /// </summary>
    public int MinimumAreas { get; init; } = DefaultMinimumAreas;
}
