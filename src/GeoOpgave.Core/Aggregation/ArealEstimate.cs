namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// Areal interpolation into one area.
/// </summary>
/// <param name="AreaCode">The area.</param>
/// <param name="Extensive">
/// For counts: Σ value × (overlap / source area) over the sources that overlap the area; null when no
/// source with a value overlaps it.
/// </param>
/// <param name="Intensive">For rates: the overlap-weighted mean Σ value × overlap / Σ overlap; null when no source with
/// a value overlaps.</param>
/// <param name="OverlapM2">The area in m² of the area covered by sources with a value (overlapping sources count
/// each).</param>
public sealed record ArealEstimate(string AreaCode, double? Extensive, double? Intensive, double OverlapM2);
