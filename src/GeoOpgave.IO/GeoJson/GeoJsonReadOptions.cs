namespace GeoOpgave.IO.GeoJson;

/// <summary>Options of <see cref="GeoJsonReader"/>.</summary>
public sealed record GeoJsonReadOptions
{
    /// <summary>
    /// The EPSG code of the coordinates when the file says nothing or says it wrong (e.g. RD New
    /// coordinates without a <c>crs</c> member). Null: the legacy <c>crs</c> member, else WGS84 lon/lat (RFC 7946).
    /// </summary>
    public int? Srid { get; init; }

    /// <summary>The object of a TopoJSON topology to read; null: the only one. GeoJSON has one layer and ignores
    /// it.</summary>
    public string? Layer { get; init; }

    /// <summary>The deepest JSON nesting accepted; deeper input is refused as malformed.</summary>
    public int MaxDepth { get; init; } = 64;
}
