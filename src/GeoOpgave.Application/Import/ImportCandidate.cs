using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>A layer read and checked, with its report; <see cref="Import"/> is null when it must not land.</summary>
internal sealed record ImportCandidate(ImportReport Report, LayerImport? Import)
{
    /// <summary>
    /// The report once the features have been read, for a candidate read in the same pass that lands it (a large
    /// point CSV): asked for after landing, or after the pass rejected the import. Null: <see cref="Report"/> is final.
    /// </summary>
    public Func<ImportReport>? FinalReport { get; init; }
}
