using System.ComponentModel.DataAnnotations;

namespace GeoOpgave.Application.Import;

/// <summary>Limits of an import, bound from the configuration section <c>Import</c>.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>The largest file (or upload) accepted, in bytes; default 1 GiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 1L * 1024 * 1024 * 1024;

    /// <summary>The most bytes a zip may unpack to, in bytes; default 2 GiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The most entries a zip may hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxArchiveEntries { get; set; } = 1_000;

    /// <summary>The most features (or rows) one layer may have.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFeatures { get; set; } = 10_000_000;

    /// <summary>The most cells (width × height) a raster may have.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRasterCells { get; set; } = 500_000_000;

    /// <summary>Where zips are unpacked while an import runs (always emptied again); empty means the system temp
    /// folder.</summary>
    public string TempDirectory { get; set; } = string.Empty;

    /// <summary>The folder to unpack into: the configured one, or geoopgave-import under the system temp
    /// folder.</summary>
    public string ResolveTempDirectory() =>
        string.IsNullOrWhiteSpace(TempDirectory)
            ? Path.Combine(Path.GetTempPath(), "geoopgave-import")
            : Path.GetFullPath(TempDirectory);
}
