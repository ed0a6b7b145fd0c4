namespace GeoOpgave.Core.Spatial;

/// <summary>The Gi* outcome of one area.</summary>
/// <param name="Index">Position of the area in the input.</param>
/// <param name="Z">The Gi* z-score; null when unknown.</param>
/// <param name="P">Two-sided p-value from the standard normal; null when unknown.</param>
/// <param name="AdjustedP">Benjamini–Hochberg adjusted p-value (always computed); null when unknown.</param>
/// <param name="Class">Judged on <paramref name="AdjustedP"/> when the FDR option is on, else on
/// <paramref name="P"/>.</param>
public sealed record HotSpot(int Index, double? Z, double? P, double? AdjustedP, HotSpotClass Class);
