using System.Globalization;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
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
        ProfileCatalog profiles,
        WorkspaceStore workspace,
        CancellationToken cancellationToken
    )
    {
        var issues = new List<ImportIssue>();
        var name = ImportSources.LayerName(request, ImportSources.BaseName(report.Source), false);
        report = report with { Layer = name, Kind = "table" };
        if (request.Year is { } asked && !DataYears.Contains(asked))
        {
            issues.Add(
                ReportIssues.Error(
                    IssueKind.YearOutOfRange,
                    $"--year {Year(asked)} kan niet kloppen: het peiljaar van de waarden ligt tussen "
                        + $"{DataYears.Earliest} en {DataYears.Latest}.",
                    field: "--year"
                )
            );
            return new ImportCandidate(report with { Issues = issues }, null);
        }

        var table = CodeTables.Read(path, format, request, issues);
        // The areas' year, never a value's: a table of 2030 must not make the next table without a year 2030.
        var boundaryYear = await workspace.GetLatestAreaYearAsync(null, cancellationToken);
        var year = request.Year ?? boundaryYear;
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

        var areaCodes = await workspace.GetAllAreaCodesAsync(cancellationToken);
        table = ClearSecretZeros(table, areaCodes, issues);
        var catalogue = new CatalogueIndicators(profiles);
        var bindings = new List<TableBinding>();
        foreach (var text in request.Indicators)
        {
            if (TableBinding.Create(text, TableBinding.ColumnsOf(table), catalogue, out var error) is { } binding)
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
            areaCodes,
            year.Value,
            bindings,
            name
        );
        Describe(values, bindings, issues, areaCodes);
        if (boundaryYear is { } newest)
        {
            await TableYearWarnings.AddAsync(
                (table, request.Year, name),
                (newest, profiles.Get(null)),
                values,
                workspace,
                issues,
                cancellationToken
            );
        }
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
    // The zeros are judged on the whole table (the more rows, the surer a rare zero), but only the rows of the
    // workspace's areas are reported: the others are skipped as unmatched, and listing them would hide the ones
    // that matter.
    private static CodeTable ClearSecretZeros(CodeTable table, IReadOnlySet<string> areaCodes, List<ImportIssue> issues)
    {
        var result = SecretZeros.Clear(table);
        ReportZeroColumns(result, issues);
        var rows = result.Rows.Where(r => areaCodes.Contains(r.Code)).ToList();
        if (rows.Count == 0)
        {
            return result.Table;
        }

        var codes =
            string.Join(", ", rows.Take(5).Select(r => r.Code)) + (rows.Count > 5 ? ", …" : string.Empty);
        issues.Add(
            ReportIssues.Warning(
                IssueKind.SecretZeros,
                $"In {rows.Count} {(rows.Count == 1 ? "rij staan" : "rijen staan")} nullen die geheimgehouden of ontbrekende cijfers lijken ({codes}): "
                    + $"minstens {SecretZeros.MinimumSurprisingZeros} kolommen die elders zelden 0 zijn, zijn daar tegelijk 0. Die nullen zijn als onbekend "
                    + "ingelezen; een aantal (inwoners, woningen) houdt zijn 0."
            )
        );
        foreach (var row in rows.Take(10).Where(r => r.Columns.Count > 0))
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

    // Whose codes the table holds against whose areas the workspace has: another gemeente's table, or the same
    // gemeente's of another indeling, each asks for a different kaart.
    private static string NoMatch(IReadOnlyList<string> unmatched, IReadOnlySet<string> areaCodes)
    {
        const string Start = "Geen enkele code komt overeen met een gebied in de werkruimte";
        var inFile = AreaCode.GemeentenOf(unmatched);
        if (inFile.Count == 0)
        {
            return $"{Start}; controleer de codekolom, of laad eerst de gebieden van dat jaar.";
        }

        var inWorkspace = AreaCode.GemeentenOf(areaCodes);
        var example = unmatched.First(c => AreaCode.Normalise(c) is not null);
        return inFile.Intersect(inWorkspace, StringComparer.Ordinal).Any()
            ? $"{Start}, al gaat de tabel over dezelfde gemeente ({AreaCode.ListGemeenten(inFile)}; zoals {example}): zij volgt een "
                + "andere wijk- en buurtindeling. Laad de kaart van het jaar van de tabel, of controleer de codekolom."
            : $"{Start}: de tabel gaat over {AreaCode.ListGemeenten(inFile)} (zoals {example}), de werkruimte over "
                + $"{AreaCode.ListGemeenten(inWorkspace)}. Laad eerst de wijk- en buurtkaart van die gemeente, of controleer de codekolom.";
    }

    // One warning for the columns that are 0 in every row: a join that failed before the file reached us.
    private static void ReportZeroColumns(SecretZeroResult result, List<ImportIssue> issues)
    {
        if (result.ZeroColumns.Count == 0)
        {
            return;
        }

        var cleared = result.ClearedColumns;
        var kept = result.ZeroColumns.Except(cleared).ToList();
        var text = cleared.Count > 0
            ? $"{(cleared.Count == 1 ? "De kolom" : "De kolommen")} {string.Join(", ", cleared)} "
                + $"{(cleared.Count == 1 ? "is" : "zijn")} in elke rij 0, wat op een mislukte koppeling wijst; die "
                + "nullen zijn als onbekend ingelezen."
            : string.Empty;
        if (kept.Count > 0)
        {
            text += (text.Length > 0 ? " " : string.Empty)
                + $"{(kept.Count == 1 ? "Het aantal" : "De aantallen")} {string.Join(", ", kept)} "
                + $"{(kept.Count == 1 ? "is" : "zijn")} in elke rij 0 en {(kept.Count == 1 ? "houdt" : "houden")} "
                + "die 0 (een buurt kan er echt geen hebben); controleer of dat klopt.";
        }

        issues.Add(ReportIssues.Warning(IssueKind.SecretZeros, text));
    }

    private static void Describe(
        CodeTableValues values,
        List<TableBinding> bindings,
        List<ImportIssue> issues,
        IReadOnlySet<string> areaCodes
    )
    {
        if (values.Matched == 0)
        {
            issues.Add(ReportIssues.Error(IssueKind.NoMatchingAreas, NoMatch(values.Unmatched, areaCodes)));
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

        var years = TableYearWarnings.Span(values.Years);
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
