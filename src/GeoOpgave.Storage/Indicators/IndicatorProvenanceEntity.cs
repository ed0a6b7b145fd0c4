namespace GeoOpgave.Storage.Indicators;

/// <summary>Where the values of one derived indicator in one year came from; (IndicatorId, Year) is unique.</summary>
public sealed class IndicatorProvenanceEntity
{
    public long Id { get; set; }

    public required string IndicatorId { get; set; }

    public int Year { get; set; }

    public required string LayerName { get; set; }

    public required string Method { get; set; }

    public required string Engine { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
