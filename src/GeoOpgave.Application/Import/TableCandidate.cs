using GeoOpgave.Core.Areas;
using GeoOpgave.Storage;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Application.Import;

/// <summary>A CSV joined by area code: its numeric columns land as indicator values of the matching areas of one year.</summary>
internal static class TableCandidate
{
    public static async Task<ImportCandidate> BuildAsync(
        string path, ImportRequest request, ImportReport report, WorkspaceStore workspace, CancellationToken cancellationToken)
    {
        var issues = new List<ImportReportIssue>();
        var name = ImportSources.LayerName(request, ImportSources.BaseName(report.Source), false);
        report = report with { Layer = name, Kind = "table" };
        var table = CodeTableCsv.Read(path, request.CodeColumn, request.Encoding, issues);
        var year = request.Year ?? (await workspace.GetYearsAsync(cancellationToken)).Cast<int?>().LastOrDefault();
        if (table is null || year is null)
        {
            if (table is not null)
            {
                issues.Add(ReportIssues.Error("NoAreas", "De werkruimte heeft nog geen gebieden; laad eerst de wijk- en buurtkaart (of de demo)."));
            }

            return new ImportCandidate(report with { FeaturesRead = table?.RowsRead ?? 0, Issues = issues }, null);
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in new[] { AreaLevel.Gemeente, AreaLevel.Wijk, AreaLevel.Buurt })
        {
            codes.UnionWith(await workspace.GetAreaCodesAsync(level, year, cancellationToken));
        }

        var values = CodeTableValues.Build(table, codes, year.Value);
        if (values.Matched == 0)
        {
            issues.Add(ReportIssues.Error("NoMatchingAreas", $"Geen enkele code komt overeen met een gebied van {year}; controleer het jaar (--year) en de codekolom."));
        }
        else if (values.Unmatched.Count > 0)
        {
            issues.Add(ReportIssues.Warning("UnmatchedCodes", $"{values.Unmatched.Count} codes horen bij geen gebied van {year}; die regels zijn overgeslagen."));
        }

        report = report with
        {
            Year = year,
            FeaturesRead = table.RowsRead,
            FeaturesImported = values.Matched,
            FeaturesRejected = values.Rejected + values.Unmatched.Count,
            Fields = values.Fields,
            UnmatchedCodes = values.Unmatched,
            Issues = issues,
        };
        if (report.HasErrors)
        {
            return new ImportCandidate(report, null);
        }

        var layer = new NewLayer(name, LayerKind.Table, report.Source, null, null, ImportJson.Serialize(values.Fields), ImportJson.Serialize(report with { Imported = true }), year)
        {
            IndicatorValues = values.Values,
            FeatureCountOverride = values.Matched,
        };
        return new ImportCandidate(report, new LayerImport(layer, []));
    }
}
