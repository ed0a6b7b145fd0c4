namespace GeoOpgave.Core.Indicators;

/// <summary>
/// One indicator value of one area in one year. <see cref="Value"/> is null when the value is unknown
/// (a CBS sentinel, an empty cell, no data in the area): missing is never zero.
/// </summary>
/// <param name="AreaCode">The CBS code the value belongs to.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Year">The reference year (peiljaar) of the value, which may be older than the areas it is shown
/// on.</param>
/// <param name="Value">The value; null for unknown.</param>
public sealed record IndicatorValue(string AreaCode, string IndicatorId, int Year, double? Value)
{
    /// <summary>Where the value came from (a layer or file name); null when not recorded.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The boundary year (indeling) of the areas the value was measured on, when it was converted to other
    /// areas because their codes changed; null when the value belongs to its code as published.
    /// </summary>
    public int? ConvertedFrom { get; init; }
}
