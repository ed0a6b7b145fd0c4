using GeoOpgave.Core.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>The outcome of an import: one report per layer and, when it landed, the stored layers.</summary>
public sealed record ImportResult(
    bool Imported,
    IReadOnlyList<ImportReport> Reports,
    IReadOnlyList<ImportedLayer> Layers
)
{
    /// <summary>A rejection before any layer was read (missing file, unknown format, hostile archive).</summary>
    public static ImportResult Rejected(ImportReport report) => new(false, [report], []);
}
