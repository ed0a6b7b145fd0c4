using GeoOpgave.Application.Audit;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Cbs;
using GeoOpgave.IO.Validation;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Imports a CBS wijk- en buurtkaart (GeoPackage, GeoJSON or shapefile) as the workspace's areas: the
/// gemeenten, wijken, buurten and kerncijfers of the years in the file replace those of the same years, gemeenten
/// and levels (see <see cref="ReplacedParts"/>), in one transaction with its audit entry. This is how a real gemeente
/// replaces the demo. A rejected kaart changes nothing; an imported one is audited here, so every route (CLI,
/// download, /lagen, the demo) leaves the same entry. When a real kaart replaces the demo, the demo's layers and plans
/// go with it: Demodam's works would otherwise stand in the real gemeente's planning, and its layers on /lagen.
/// </summary>
public sealed class AreaImportService(WorkspaceStore workspace, LayerStore layers, AuditLog audit)
{

    /// <param name="path">The .gpkg, .geojson/.json or .shp file.</param>
    /// <param name="year">The year of the indeling; null: the jaar field of each area.</param>
    /// <param name="sourceName">The name the user knows the file by; default the file name of
    /// <paramref name="path"/>.</param>
    public Task<ImportResult> ImportAsync(
        string path,
        int? year,
        string? sourceName,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(path);
        return ImportAsync([new AreaKaart(path, year, sourceName)], cancellationToken);
    }

    /// <summary>
    /// Imports several kaarten, e.g. one per year, all or nothing: when one is rejected none lands, and the
    /// years of all of them are replaced in one transaction.
    /// </summary>
    /// <param name="target">What the audit log names as imported; default the file names.</param>
    /// <param name="origin">Where the kaarten came from when that is more than their file names (a download URL); for
    /// the audit log.</param>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<AreaKaart> kaarten,
        CancellationToken cancellationToken,
        string? target = null,
        string? origin = null
    )
    {
        ArgumentNullException.ThrowIfNull(kaarten);
        var reports = new List<ImportReport>();
        var areas = new List<Area>();
        var values = new List<Core.Indicators.IndicatorValue>();
        var rejected = false;
        foreach (var kaart in kaarten)
        {
            var source = Path.GetFileName(kaart.SourceName ?? kaart.Path);
            var read = CbsWijkBuurtKaartReader.Read(kaart.Path, kaart.Year, kaart.Gemeenten);
            // Read as declared: a kaart takes no --crs.
            var crs = SourceCrsProbe.Kaart(kaart.Path);
            var report = AreaImportReport.Build(source, ImportFormats.Detect(source).ToString(), read) with
            {
                CrsDetected = crs,
                CrsUsed = crs,
            };
            reports.Add(report);
            if (!read.IsSuccess || report.HasErrors || read.Value.Areas.Count == 0)
            {
                rejected = true;
                continue;
            }

            areas.AddRange(read.Value.Areas);
            values.AddRange([.. read.Value.Kerncijfers, .. KerncijferRates.Derive(read.Value.Kerncijfers)]);
        }

        if (rejected || reports.Count == 0)
        {
            return new ImportResult(false, reports, []);
        }

        await workspace.MigrateAsync(cancellationToken);
        var sources = reports.Select(r => r.Source).ToList();
        var demo = DemoParts(areas);
        var demoLayers = demo.Count == 0 ? [] : await DemoLayersAsync(cancellationToken);
        await ReplaceAsync(
            areas,
            values,
            sources,
            origin,
            cancellationToken,
            target,
            ReplacedParts(areas),
            demo,
            demoLayers);
        if (demoLayers.Count > 0)
        {
            var names = string.Join(", ", demoLayers.Select(l => l.Name));
            reports[0] = reports[0] with
            {
                Issues =
                [
                    .. reports[0].Issues,
                    new ImportIssue(
                        IssueSeverity.Info,
                        IssueKind.AreasReplaced,
                        $"De lagen en plannen van de demogemeente Demodam zijn verwijderd: {names}."
                    ),
                ],
            };
        }

        return new ImportResult(true, reports.Select(r => r with { Imported = true }).ToList(), []);
    }

    // The demo's stored layers and works, named after its files; none when the demo was never loaded.
    private async Task<List<ImportedLayer>> DemoLayersAsync(CancellationToken cancellationToken)
    {
        var names = DemoDataset.Layers.Concat(DemoDataset.Plannen)
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);
        return (await layers.ListLayersAsync(cancellationToken)).Where(l => names.Contains(l.Name)).ToList();
    }

    /// <summary>
    /// Replaces the areas and kerncijfers of the years in <paramref name="areas"/> and <paramref name="values"/> (see
    /// <see cref="WorkspaceStore.ReplaceWorkspaceAsync"/>) and audits it in the same transaction; also for areas read
    /// some other way (the demo), which get the same entry as an import.
    /// </summary>
    /// <param name="parts">The levels per gemeente that give way (<see cref="ReplacedParts"/>); null: every area of
    /// those years, as the demo does.</param>
    public Task ReplaceAsync(
        IReadOnlyList<Area> areas,
        IReadOnlyList<Core.Indicators.IndicatorValue> values,
        IReadOnlyList<string> sources,
        string? origin,
        CancellationToken cancellationToken,
        string? target = null,
        IReadOnlyCollection<string>? parts = null,
        IReadOnlyCollection<string>? demo = null,
        IReadOnlyList<ImportedLayer>? demoLayers = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(areas);
        var details = new Dictionary<string, object?>
        {
            ["bron"] = string.Join(", ", sources),
            ["herkomst"] = origin,
            ["jaren"] = string.Join(", ", areas.Select(a => a.Year).Distinct().Order()),
            ["gebieden"] = areas.Count,
            ["indeling"] = DescribeCounts(areas),
        };
        if (parts is not null)
        {
            details["vervangt"] = string.Join(", ", parts.Order(StringComparer.Ordinal));
        }

        if (demo is { Count: > 0 })
        {
            details["vervangt_demo"] = string.Join(", ", demo.Order(StringComparer.Ordinal)) + " (alle jaren)";
        }

        if (demoLayers is { Count: > 0 })
        {
            details["verwijdert_demolagen"] = string.Join(", ", demoLayers.Select(l => l.Name));
        }

        return audit.ChangeAsync(
            async ct =>
            {
                await workspace.ReplaceWorkspaceAsync(areas, values, ct, parts, demo);
                foreach (var layer in demoLayers ?? [])
                {
                    await layers.DeleteLayerAsync(layer.Id, ct);
                }
            },
            [new AuditRecord(AuditActions.AreasImported, target ?? string.Join(", ", sources), details)],
            cancellationToken);
    }

    /// <summary>
    /// What a kaart replaces in its years: per gemeente it holds, the levels it brings (<see cref="AreaCode.PartOf"/>).
    /// Other gemeenten stay, so kaarten of neighbouring gemeenten add up; and so do the levels it lacks, so a wijken
    /// kaart never removes the buurten.
    /// </summary>
    public static IReadOnlySet<string> ReplacedParts(IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return areas.Select(a => AreaCode.PartOf(a.Code)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The demo gemeente's parts when a real kaart arrives: they give way in every year, so that a real gemeente never
    /// ends up beside Demodam, nor behind it when its kaart is of an earlier year than the demo's (2024) and the
    /// newest year would still show Demodam. Empty for the demo's own kaart.
    /// </summary>
    public static IReadOnlySet<string> DemoParts(IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var demo = DemoDataset.GemeenteCode[2..];
        return areas.Any(a => a.Code.Length >= 6 && a.Code.AsSpan(2, 4).SequenceEqual(demo))
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(["GM" + demo, "WK" + demo, "BU" + demo], StringComparer.Ordinal);
    }

    /// <summary>The number of areas per level of a kaart, e.g. "1 gemeente, 4 wijken, 12 buurten".</summary>
    public static string DescribeCounts(IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var gemeenten = areas.Count(a => a.Level == AreaLevel.Gemeente);
        var wijken = areas.Count(a => a.Level == AreaLevel.Wijk);
        var buurten = areas.Count(a => a.Level == AreaLevel.Buurt);
        return $"{gemeenten} {(gemeenten == 1 ? "gemeente" : "gemeenten")}, {wijken} {(wijken == 1 ? "wijk" : "wijken")}, {buurten} {(buurten == 1 ? "buurt" : "buurten")}";
    }
}
