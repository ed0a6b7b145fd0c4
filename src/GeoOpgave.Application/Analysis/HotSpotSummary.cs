namespace GeoOpgave.Application.Analysis;

/// <summary>How many buurten Gi* on the combined score marks, and which are hot spots (by priority).</summary>
public sealed record HotSpotSummary(
    double Alpha,
    bool FalseDiscoveryRate,
    int HotSpots,
    int ColdSpots,
    int NotSignificant,
    int Unknown,
    IReadOnlyList<string> HotSpotBuurten)
{
    /// <summary>Fewer buurten with a score than Gi* needs: nothing is significant, whatever the scores.</summary>
    public bool TooFewBuurten { get; init; }
}
