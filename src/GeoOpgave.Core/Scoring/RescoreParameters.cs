namespace GeoOpgave.Core.Scoring;

/// <summary>What a rescore needs: the normalised values and, optionally, other weights than the profile's.</summary>
/// <param name="Indicators">Built once by <see cref="NormaliseIndicators"/>.</param>
public sealed record RescoreParameters(NormalisedIndicators Indicators)
{
    /// <summary>
    /// One weight per <see cref="NormalisedIndicators.Slots"/> entry (relative, ≤ 0 leaves the indicator
    /// out); null for the profile's weights.
    /// </summary>
    public IReadOnlyList<double>? Weights { get; init; }
}
