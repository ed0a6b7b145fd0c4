namespace GeoOpgave.Storage.Indicators;

/// <summary>Which loaded layer fills a catalogue indicator.</summary>
/// <param name="IndicatorId">The catalogue indicator.</param>
/// <param name="LayerName">The layer that fills it.</param>
/// <param name="Expression">For a table, the expression over its columns; null when the layer fills the indicator's
/// role.</param>
/// <param name="MaskLayer">For a raster, the polygon layer that limits each buurt to its masked part; null for
/// none.</param>
public sealed record IndicatorBinding(
    string IndicatorId,
    string LayerName,
    string? Expression,
    string? MaskLayer = null
);
