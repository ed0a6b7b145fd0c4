using GeoOpgave.Application.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Warns, in <see cref="LayerPlacement"/>'s words, when a vector (a point CSV too), works or raster layer lies wholly
/// outside the buurten of the newest boundary year: another gemeente's file imports without a single error, and
/// would otherwise only show itself later as buurten without values. A workspace without buurten has nothing to
/// compare with.
/// </summary>
internal static class LayerPlacementWarnings
{
    public static async Task<List<ImportCandidate>> AddAsync(
        List<ImportCandidate> candidates,
        WorkspaceStore workspace,
        CancellationToken cancellationToken
    )
    {
        if (!candidates.Exists(c => Placed(c) is not null))
        {
            return candidates;
        }

        return await BuurtenExtent.NewestAsync(workspace, cancellationToken) is { } buurten
            ? candidates.Select(c => Warned(c, buurten)).ToList()
            : candidates;
    }

    private static LayerImport? Placed(ImportCandidate candidate) =>
        candidate.Import is { Layer.Kind: LayerKind.Vector or LayerKind.Werken or LayerKind.Raster }
            ? candidate.Import
            : null;

    // A point CSV knows its extent only once its rows are written: its final report and stored report get the
    // warning then.
    private static ImportCandidate Warned(ImportCandidate candidate, BuurtenExtent buurten)
    {
        if (Placed(candidate) is not { } import)
        {
            return candidate;
        }

        if (candidate.FinalReport is { } final && import.Complete is { } complete)
        {
            ImportReport Final() => WithWarning(final(), import.Layer.Name, buurten);
            return candidate with
            {
                FinalReport = Final,
                Import = import with { Complete = () => complete() with { ReportJson = Stored(Final()) } },
            };
        }

        var report = WithWarning(candidate.Report, import.Layer.Name, buurten);
        return ReferenceEquals(report, candidate.Report)
            ? candidate
            : candidate with
            {
                Report = report,
                Import = import with { Layer = import.Layer with { ReportJson = Stored(report) } },
            };
    }

    private static ImportReport WithWarning(ImportReport report, string layerName, BuurtenExtent buurten)
    {
        var extent = report.Extent is { } e ? new Envelope(e.MinX, e.MaxX, e.MinY, e.MaxY) : null;
        if (LayerPlacement.Outside(layerName, extent, buurten) is not { } hint)
        {
            return report;
        }

        var warning = ReportIssues.Warning(IssueKind.OutsideAreas, DutchText.Capitalise(hint));
        return report with { Issues = [.. report.Issues, warning] };
    }

    private static string Stored(ImportReport report) => ImportJson.Serialize(report with { Imported = true });
}
