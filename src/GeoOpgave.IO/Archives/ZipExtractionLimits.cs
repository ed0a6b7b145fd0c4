namespace GeoOpgave.IO.Archives;

/// <summary>Limits of <see cref="SafeZipExtractor"/> against hostile archives.</summary>
public sealed record ZipExtractionLimits
{
    /// <summary>The default <see cref="MaxEntries"/>.</summary>
    public const int DefaultMaxEntries = 1_000;

    /// <summary>The default <see cref="MaxUncompressedBytes"/>: 2 GiB.</summary>
    public const long DefaultMaxUncompressedBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Archives with more entries (files and folders) are refused before anything is written.</summary>
    public int MaxEntries { get; init; } = DefaultMaxEntries;

    /// <summary>The most bytes all entries may unpack to together (a zip bomb's defence), in bytes.</summary>
    public long MaxUncompressedBytes { get; init; } = DefaultMaxUncompressedBytes;
}
