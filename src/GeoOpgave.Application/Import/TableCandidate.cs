using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Layers;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Indicators;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Import;

/// <summary>
/// A table joined by area code (a CSV, or the areas of an ESDL energy system): its numeric columns and bindings land
/// as indicator values of the matching areas, each with its own year (the period column, else the year asked for).
/// </summary>
internal static class TableCandidate
{
    public static async Task<ImportCandidate> BuildAsync(
        string path,
        ImportRequest request,
        ImportReport report,
        ImportFormat format,
        WorkspaceStore workspace,
        CancellationToken cancellationToken
    )
    {
        var issues = new List<ImportIssue>();
        var name = ImportSources.LayerName(request, ImportSources.BaseName(report.Source), false);
        report = report with { Layer = name, Kind = "table" };
        var table = CodeTables.Read(path, format, request, issues);
        var year = request.Year ?? (await workspace.GetYearsAsync(cancellationToken)).Cast<int?>().LastOrDefault();
        if (table is null || year is null)
        {
            if (table is not null)
            {
                issues.Add(
                    ReportIssues.Error(
                        IssueKind.NoAreas,
                        "De werkruimte heeft nog geen gebieden; laad eerst de wijk- en buurtkaart (of de demo)."
                    )
                );
            }

            return new ImportCandidate(report with { FeaturesRead = table?.RowsRead ?? 0, Issues = issues }, null);
        }

        table = ClearSecretZeros(table, issues);
        var bindings = new List<TableBinding>();
        foreach (var text in request.Indicators)
        {
            if (TableBinding.Create(text, TableBinding.ColumnsOf(table), out var error) is { } binding)
            {
                bindings.Add(binding);
            }
            else
            {
                issues.Add(ReportIssues.Error(IssueKind.InvalidBinding, error!, field: "--indicator"));
            }
        }

        var values = CodeTableValues.Build(
            table,
            await workspace.GetAllAreaCodesAsync(cancellationToken),
            year.Value,
            bindings,
            name
        );
        Describe(values, bindings, issues);
        report = report with
        {
            Year = values.Years.Count == 1 ? values.Years.Min : null,
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

        var layer = new NewLayer(
            name,
            LayerKind.Table,
            report.Source,
            null,
            null,
            ImportJson.Serialize(values.Fields),
            ImportJson.Serialize(report with { Imported = true }),
            report.Year
        )
        {
            IndicatorValues = values.Values,
            FeatureCountOverride = values.Matched,
            Bindings = bindings.Select(b => new IndicatorBinding(b.IndicatorId, name, b.Expression)).ToList(),
        };
        return new ImportCandidate(report, new LayerImport(layer, []));
    }

    // Before the bindings are evaluated, so "100 - bewoond_percentage" of a secret row is unknown, not 100 % leegstand.
    private static CodeTable ClearSecretZeros(CodeTable table, List<ImportIssue> issues)
    {
        var result = SecretZeros.Clear(table);
        if (result.Rows.Count == 0)
        {
            return table;
        }

        var codes =
            string.Join(", ", result.Rows.Take(5).Select(r => r.Code)) + (result.Rows.Count > 5 ? ", …" : string.Empty);
        issues.Add(
            ReportIssues.Warning(
                IssueKind.SecretZeros,
                $"In {result.Rows.Count} {(result.Rows.Count == 1 ? "rij staan" : "rijen staan")} nullen die geheimgehouden of ontbrekende cijfers lijken ({codes}): "
                    + $"minstens {SecretZeros.MinimumSurprisingZeros} kolommen die elders zelden 0 zijn, zijn daar tegelijk 0. Die nullen zijn als onbekend "
                    + "ingelezen; een aantal (inwoners, woningen) houdt zijn 0."
            )
        );
        foreach (var row in result.Rows.Take(10))
        {
            issues.Add(
                ReportIssues.Warning(
                    IssueKind.SecretZeros,
                    $"{row.Code}: 0 als onbekend gelezen in {string.Join(", ", row.Columns)}.",
                    row: row.Line
                )
            );
        }

        return result.Table;
    }

    private static void Describe(CodeTableValues values, List<TableBinding> bindings, List<ImportIssue> issues)
    {
        if (values.Matched == 0)
        {
            issues.Add(
                ReportIssues.Error(
                    IssueKind.NoMatchingAreas,
                    "Geen enkele code komt overeen met een gebied in de werkruimte; controleer de codekolom, of laad eerst de gebieden van dat jaar."
                )
            );
            return;
        }

        if (values.Unmatched.Count > 0)
        {
            issues.Add(
                ReportIssues.Warning(
                    IssueKind.UnmatchedCodes,
                    $"{values.Unmatched.Count} codes horen bij geen enkel gebied in de werkruimte; die regels zijn overgeslagen."
                )
            );
        }

        var years =
            values.Years.Count == 1 ? Year(values.Years.Min) : $"{Year(values.Years.Min)} t/m {Year(values.Years.Max)}";
        issues.Add(
            new ImportIssue(
                IssueSeverity.Info,
                IssueKind.ValueYears,
                $"De waarden gelden voor {years} (peiljaar); een analyse gebruikt per buurt de nieuwste bekende waarde."
            )
        );
        foreach (var (column, id) in values.Recognised.Where(r => r.Key != r.Value))
        {
            issues.Add(
                new ImportIssue(
                    IssueSeverity.Info,
                    IssueKind.ColumnRecognised,
                    $"De kolom '{column}' vult de indicator {id}."
                )
                {
                    Field = column,
                }
            );
        }

        foreach (var binding in bindings)
        {
            issues.Add(
                new ImportIssue(
                    IssueSeverity.Info,
                    IssueKind.IndicatorBound,
                    $"De indicator {binding.IndicatorId} = {binding.Expression}."
                )
                {
                    Field = "--indicator",
                }
            );
        }
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
