using GeoOpgave.Application.Indicators;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Import;

/// <summary>
/// Warns, in <see cref="LayerPlacement"/>'s words, when a vector, works or raster layer lies wholly outside the
/// buurten of the newest boundary year: another gemeente's file imports without a single error, and would otherwise
/// only show itself later as buurten without values. A workspace without buurten has nothing to compare with.
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

        var buurten = await workspace.GetAreasAsync(AreaLevel.Buurt, null, cancellationToken);
        return buurten.Count == 0 ? candidates : candidates.Select(c => Warned(c, buurten)).ToList();
    }

    private static LayerImport? Placed(ImportCandidate candidate) =>
        candidate.Import is { Layer: { Kind: LayerKind.Vector or LayerKind.Werken or LayerKind.Raster, Extent: { } } }
            ? candidate.Import
            : null;

    private static ImportCandidate Warned(ImportCandidate candidate, IReadOnlyList<Area> buurten)
    {
        if (Placed(candidate) is not { } import
            || LayerPlacement.Outside(import.Layer.Name, import.Layer.Extent, buurten) is not { } hint)
        {
            return candidate;
        }

        var sentence = string.Concat(hint[..1].ToUpperInvariant(), hint[1..]);
        var issue = ReportIssues.Warning(IssueKind.OutsideAreas, sentence);
        var report = candidate.Report with { Issues = [.. candidate.Report.Issues, issue] };
        var layer = import.Layer with { ReportJson = ImportJson.Serialize(report with { Imported = true }) };
        return candidate with { Report = report, Import = import with { Layer = layer } };
    }
}
