namespace GeoOpgave.Application.Analysis;

/// <summary>How hot spots of the combined score are found: Gi* with queen contiguity of the buurt polygons.</summary>
/// <param name="Alpha">Two-sided significance level (0–1).</param>
/// <param name="FalseDiscoveryRate">Judge on Benjamini–Hochberg adjusted p-values instead of raw ones (the
/// default).</param>
/// <param name="ToleranceMeters">Buurten closer than this (RD New metres) count as neighbours, bridging
/// slivers.</param>
public sealed record HotSpotOptions(double Alpha = 0.05, bool FalseDiscoveryRate = true, double ToleranceMeters = 0);
