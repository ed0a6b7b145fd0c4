namespace GeoOpgave.Storage.Indicators;

/// <summary>A stored indicator value; (AreaCode, IndicatorId, Year) is unique, Year is the
/// value's reference year (peiljaar), a null Value means unknown.</summary>
public sealed class IndicatorValueEntity
{
    public long Id { get; set; }

    public required string AreaCode { get; set; }

    public required string IndicatorId { get; set; }

    public int Year { get; set; }

    public double? Value { get; set; }

    /// <summary>The layer or file the value came from; null for values stored before sources were recorded.</summary>
    public string? Source { get; set; }
}
