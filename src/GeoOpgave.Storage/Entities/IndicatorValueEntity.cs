namespace GeoOpgave.Storage.Entities;

/// <summary>A stored indicator value; (AreaCode, IndicatorId, Year) is unique, a null Value means unknown.</summary>
public sealed class IndicatorValueEntity
{
    public long Id { get; set; }

    public required string AreaCode { get; set; }

    public required string IndicatorId { get; set; }

    public int Year { get; set; }

    public double? Value { get; set; }
}
