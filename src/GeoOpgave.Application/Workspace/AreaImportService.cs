using GeoOpgave.Application.Import;
using GeoOpgave.Core.Areas;
using GeoOpgave.IO.Cbs;
using GeoOpgave.Storage;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Imports a CBS wijk- en buurtkaart (GeoPackage, GeoJSON or shapefile) as the workspace's areas: the
/// gemeenten, wijken, buurten and kerncijfers of the years in the file replace those of the same years, in
/// one transaction. This is how a real gemeente replaces the demo. A rejected kaart changes nothing.
/// </summary>
public sealed class AreaImportService(WorkspaceStore workspace)
{
    /// <param name="path">The .gpkg, .geojson/.json or .shp file.</param>
    /// <param name="year">The year of the indeling; null: the jaar field of each area.</param>
    /// <param name="sourceName">The name the user knows the file by; default the file name of <paramref name="path"/>.</param>
    public async Task<ImportResult> ImportAsync(string path, int? year, string? sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = Path.GetFileName(sourceName ?? path);
        var read = CbsWijkBuurtKaartReader.Read(path, year);
        var report = AreaImportReport.Build(source, ImportFormats.Detect(source).ToString(), read);
        if (!read.IsSuccess || report.HasErrors || read.Value.Areas.Count == 0)
        {
            return ImportResult.Rejected(report);
        }

        await workspace.MigrateAsync(cancellationToken);
        await workspace.ReplaceWorkspaceAsync(
            read.Value.Areas,
            [.. read.Value.Kerncijfers, .. KerncijferRates.Derive(read.Value.Kerncijfers)],
            cancellationToken);
        return new ImportResult(true, [report with { Imported = true }], []);
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
