namespace GeoOpgave.Core.Spatial;

/// <summary>Gi* per area, in input order.</summary>
/// <param name="ValidCount">Number of areas with a value: the n of the statistic.</param>
public sealed record HotSpotResult(IReadOnlyList<HotSpot> Areas, int ValidCount);
