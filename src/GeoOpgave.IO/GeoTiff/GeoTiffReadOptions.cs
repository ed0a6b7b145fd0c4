namespace GeoOpgave.IO.GeoTiff;

/// <summary>Options of <see cref="GeoTiffReader"/>.</summary>
public sealed record GeoTiffReadOptions
{
    /// <summary>The default <see cref="MaxCells"/>: 500 million cells, 2 GB of float32.</summary>
    public const long DefaultMaxCells = 500_000_000;

    /// <summary>Rasters with more cells (width × height) are refused before any memory is allocated.</summary>
    public long MaxCells { get; init; } = DefaultMaxCells;

    /// <summary>The EPSG code when the GeoKeys are missing or wrong; null: the GeoKeys decide.</summary>
    public int? Srid { get; init; }
}
