namespace GeoOpgave.Core.Indicators;

/// <summary>A known value with what a reader needs to trust it: its reference year, source and conversion.</summary>
/// <param name="Value">The value.</param>
/// <param name="Year">The reference year (peiljaar).</param>
/// <param name="Source">The layer or file it came from; null when not recorded.</param>
/// <param name="ConvertedFrom">The boundary year it was converted from (area-weighted); null when it was not.</param>
public sealed record IndicatorObservation(double Value, int Year, string? Source, int? ConvertedFrom);
