namespace GeoOpgave.Core.Spatial;

/// <summary>What Getis-Ord Gi* needs.</summary>
/// <param name="Contiguity">The neighbours of each area (e.g. from <see cref="BuildContiguity"/>).</param>
/// <param name="Values">One value per area, same order as the contiguity (e.g. the combined score); null = unknown.</param>
public sealed record HotSpotParameters(Contiguity Contiguity, IReadOnlyList<double?> Values)
{
    /// <summary>Significance level, two-sided.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// When true, significance is judged on Benjamini–Hochberg adjusted p-values (controls the share of
    /// false hot spots among all hot spots found) instead of the raw p-values.
    /// </summary>
    public bool FalseDiscoveryRate { get; init; }
}
