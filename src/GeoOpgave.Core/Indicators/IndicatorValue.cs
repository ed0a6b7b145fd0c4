namespace GeoOpgave.Core.Indicators;

/// <summary>
/// One indicator value of one area in one year. <see cref="Value"/> is null when the value is unknown
/// (a CBS sentinel, an empty cell, no data in the area): missing is never zero.
/// </summary>
public sealed record IndicatorValue(string AreaCode, string IndicatorId, int Year, double? Value);
