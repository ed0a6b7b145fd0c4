using System.Globalization;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Import;

/// <summary>
/// The warnings of a table whose year was assumed: neither a period column nor <c>--year</c> gave it, so its values
/// took the newest year of the workspace. A third party's table of an older year then replaces that year's figures
/// of the CBS kaart (the value loaded last wins, per area, indicator and year), so the report says that the year was
/// a guess and which of those figures the table replaces.
/// </summary>
internal static class TableYearWarnings
{
    private const int IndicatorsNamed = 8;

    public static async Task AddAsync(
        (CodeTable Table, int? AskedYear, string Source) import,
        (int Year, IReadOnlyList<Core.Indicators.IndicatorValue> Values) assumed,
        WorkspaceStore workspace,
        List<ImportIssue> issues,
        CancellationToken cancellationToken
    )
    {
        if (import.AskedYear is not null || import.Table.PeriodColumn is not null || assumed.Values.Count == 0)
        {
            return;
        }

        var year = assumed.Year.ToString(CultureInfo.InvariantCulture);
        issues.Add(
            ReportIssues.Warning(
                IssueKind.YearAssumed,
                $"Geen periodekolom en geen --year: de waarden krijgen {year}, het jaar van de gebieden; geef --year op "
                    + "als dat niet klopt.",
                field: "--year"
            )
        );
        var brought = assumed.Values.Select(v => (v.AreaCode, v.IndicatorId)).ToHashSet();
        var ids = assumed.Values.Select(v => v.IndicatorId).ToHashSet(StringComparer.Ordinal);
        var replaced = (await workspace.GetOtherSourceKeysAsync(assumed.Year, ids, import.Source, cancellationToken))
            .Where(k => brought.Contains((k.AreaCode, k.IndicatorId)))
            .ToList();
        if (replaced.Count == 0)
        {
            return;
        }

        var areas = replaced.Select(k => k.AreaCode).Distinct(StringComparer.Ordinal).ToList();
        var indicators = replaced.Select(k => k.IndicatorId).Distinct(StringComparer.Ordinal).Order().ToList();
        var sources = replaced
            .Select(k => Indicators.IndicatorValueSources.Describe(k.Source))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var named = string.Join(", ", indicators.Take(IndicatorsNamed))
            + (indicators.Count > IndicatorsNamed ? $" en nog {indicators.Count - IndicatorsNamed}" : string.Empty);
        var where = areas.All(a => a.StartsWith("BU", StringComparison.Ordinal)) ? "buurten" : "gebieden";
        issues.Add(
            ReportIssues.Warning(
                IssueKind.ValuesReplaced,
                $"De tabel vervangt {replaced.Count} waarden van {year} uit {string.Join(" en ", sources)} in "
                    + $"{areas.Count} {where}, voor {indicators.Count} "
                    + $"{(indicators.Count == 1 ? "indicator" : "indicatoren")}: {named}.",
                field: "--year"
            )
        );
    }
}
