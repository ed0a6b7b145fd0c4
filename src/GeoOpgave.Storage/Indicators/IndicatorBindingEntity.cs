namespace GeoOpgave.Storage.Indicators;

/// <summary>
/// A stored binding: which loaded layer fills a catalogue indicator, and for a table the expression over its
/// columns. One binding per indicator and layer.
/// </summary>
public sealed class IndicatorBindingEntity
{
    public long Id { get; set; }

    public required string IndicatorId { get; set; }

    public required string LayerName { get; set; }

    /// <summary>The expression over the table's columns; null when the layer fills the indicator's role as a
    /// whole.</summary>
    public string? Expression { get; set; }

    /// <summary>For a raster, the polygon layer that limits each buurt to its masked part; null for none.</summary>
    public string? MaskLayer { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
