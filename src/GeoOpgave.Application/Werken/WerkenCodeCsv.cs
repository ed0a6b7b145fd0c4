using GeoOpgave.Application.Import;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Features;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Workspace;
using NetTopologySuite.Features;

namespace GeoOpgave.Application.Werken;

/// <summary>
/// A works list by buurt code (a CSV without coordinates): each row becomes a work whose geometry is its buurt of
/// the boundary year asked for (default the latest), so that it covers the whole buurt. A code that is no buurt of
/// that year is an error naming the row.
/// </summary>
internal static class WerkenCodeCsv
{
    public static async Task<ImportCandidate> BuildAsync(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportOptions options,
        WorkspaceStore workspace,
        CancellationToken cancellationToken
    )
    {
        var name = ImportSources.LayerName(request, ImportSources.BaseName(report.Source), false);
        var read = CodeTableCsvReader.ReadText(
            path,
            new CodeTableCsvOptions { CodeColumn = request.CodeColumn, Encoding = request.Encoding }
        );
        if (read.Value is not { } table)
        {
            return VectorCandidate.Build(
                new ReadResult<VectorLayer>(null, read.Issues),
                report,
                name,
                request,
                options
            );
        }

        var year = request.Year
            ?? (await workspace.GetAreaYearsAsync(AreaLevel.Buurt, cancellationToken)).Cast<int?>().LastOrDefault();
        var buurten = year is null
            ? new Dictionary<string, Area>(StringComparer.Ordinal)
            : (await workspace.GetAreasAsync(AreaLevel.Buurt, year, cancellationToken)).ToDictionary(
                a => a.Code,
                StringComparer.Ordinal
            );
        var issues = read.Issues.ToList();
        var features = new List<IFeature>();
        var lines = new List<int>();
        var codeField = table.Header[table.CodeColumn];
        foreach (var (cells, line) in table.Rows)
        {
            var raw = table.CodeColumn < cells.Count ? cells[table.CodeColumn].Trim() : string.Empty;
            if (AreaCode.Normalise(raw) is not { } code || !buurten.TryGetValue(code, out var buurt))
            {
                issues.Add(
                    new ImportIssue(
                        IssueSeverity.Error,
                        IssueKind.InvalidCode,
                        $"Rij {line}: '{raw}' is geen buurtcode van {year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "de werkruimte"}."
                    )
                    {
                        SourceFile = report.Source,
                        Layer = table.Name,
                        Row = line,
                        Field = codeField,
                    }
                );
                continue;
            }

            var attributes = new AttributesTable();
            for (var c = 0; c < table.Header.Count; c++)
            {
                var cell = c < cells.Count ? cells[c].Trim() : string.Empty;
                attributes.Add(table.Header[c], cell.Length == 0 ? null : cell);
            }

            // Said as an attribute, so that it is stored with the work: its geometry is its buurt, not its street.
            if (attributes.Exists(WerkenFieldNames.Plaatsing))
            {
                attributes.DeleteAttribute(WerkenFieldNames.Plaatsing);
            }

            attributes.Add(WerkenFieldNames.Plaatsing, WerkenFieldNames.PlacedByBuurtcode);

            features.Add(new Feature(buurt.Geometry, attributes));
            lines.Add(line);
        }

        var layer = new VectorLayer(table.Name, Core.Crs.Srid.RdNew, features) { SourceLines = lines };
        return VectorCandidate.Build(
            new ReadResult<VectorLayer>(layer, issues),
            report with
            {
                Year = year,
            },
            name,
            request with
            {
                Year = request.Year ?? year,
            },
            options
        );
    }
}
