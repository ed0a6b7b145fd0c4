using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>
/// What an import found and did for one layer: source, CRS, counts, issues with their location, geometry
/// types, extent, fields, missing values and (for a code-joined table) the codes that matched no area.
/// </summary>
public sealed record ImportReport
{
    /// <summary>The file name the user gave (no folder).</summary>
    public required string Source { get; init; }

    /// <summary>The recognised format.</summary>
    public required string Format { get; init; }

    /// <summary>The layer in the source (GeoPackage table, .shp in a zip), or null.</summary>
    public string? SourceLayer { get; init; }

    /// <summary>The name the layer is (or would have been) stored under.</summary>
    public string? Layer { get; init; }

    /// <summary>"vector", "werken", "raster" or "table".</summary>
    public string? Kind { get; init; }

    /// <summary>The CRS the source declares, as far as it could be seen (e.g. "EPSG:4326"), or null.</summary>
    public string? CrsDetected { get; init; }

    /// <summary>The CRS the coordinates were read in (the override, else the detected one).</summary>
    public string? CrsUsed { get; init; }

    /// <summary>Where everything lands: RD New.</summary>
    public string CrsStored { get; init; } = "EPSG:28992";

    /// <summary>True when the layer landed; false when it was rejected and nothing changed.</summary>
    public bool Imported { get; init; }

    public int FeaturesRead { get; init; }

    public int FeaturesImported { get; init; }

    public int FeaturesRepaired { get; init; }

    public int FeaturesRejected { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<string> GeometryTypes { get; init; } = [];

    public ImportExtent? Extent { get; init; }

    public IReadOnlyList<ImportFieldSummary> Fields { get; init; } = [];

    /// <summary>Codes of a code-joined table that matched no area of <see cref="Year"/>.</summary>
    public IReadOnlyList<string> UnmatchedCodes { get; init; } = [];

    public IReadOnlyList<ImportIssue> Issues { get; init; } = [];

    /// <summary>True when an issue of error severity is present.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}
