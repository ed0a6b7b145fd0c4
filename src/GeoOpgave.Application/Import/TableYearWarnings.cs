using System.Globalization;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Issues;
using GeoOpgave.Core.Profiles;
using GeoOpgave.IO.Csv;
using GeoOpgave.IO.Validation;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Import;

/// <summary>
/// The warnings about the years of a table's values. A year that the analysis of the newest boundary year cannot use
/// (after it, or older than the default profile's <c>maximumAge</c> allows) is said at import, not found out later.
/// A <c>--year</c> that the table's period column contradicts names both: the column wins, as the option promises.
/// And a table whose year was assumed (neither a period column nor <c>--year</c> gave it, so its values took the
/// newest boundary year) says so: a third party's table of an older year then replaces that year's figures of the
/// CBS kaart (the value loaded last wins, per area, indicator and year), so the report names those figures.
/// </summary>
internal static class TableYearWarnings
{
    private const int IndicatorsNamed = 8;

    /// <param name="import">The table, the year asked for (<c>--year</c>) and the layer name, the values' source.</param>
    /// <param name="rules">The newest boundary year of the workspace, the year a table without either takes, and the
    /// default profile, whose maximum age says how old a value its analysis still uses.</param>
    /// <param name="values">The values the table gave.</param>
    public static async Task AddAsync(
        (CodeTable Table, int? AskedYear, string Source) import,
        (int BoundaryYear, Profile Profile) rules,
        CodeTableValues values,
        WorkspaceStore workspace,
        List<ImportIssue> issues,
        CancellationToken cancellationToken
    )
    {
        if (values.Matched == 0)
        {
            return;
        }

        AddContradictedYear(import, values.Years, issues);
        AddUnusedYears(import, rules, values.Years, issues);
        await AddAssumedYearAsync(import, (rules.BoundaryYear, values.Values), workspace, issues, cancellationToken);
    }

    /// <summary>One year, or the first and last of several ("2016 t/m 2019").</summary>
    public static string Span(IReadOnlyCollection<int> years) =>
        years.Min() == years.Max() ? Year(years.Min()) : $"{Year(years.Min())} t/m {Year(years.Max())}";

    private static void AddContradictedYear(
        (CodeTable Table, int? AskedYear, string Source) import,
        SortedSet<int> years,
        List<ImportIssue> issues
    )
    {
        if (import is not { AskedYear: { } asked, Table.PeriodColumn: { } column })
        {
            return;
        }

        var other = years.Where(y => y != asked).ToList();
        if (other.Count == 0)
        {
            return;
        }

        issues.Add(
            ReportIssues.Warning(
                IssueKind.YearMismatch,
                $"--year {Year(asked)} is opgegeven, maar de kolom '{column}' zegt {Span(other)}: de waarden houden het "
                    + $"jaar uit de kolom ({Span(other)}); --year geldt alleen voor rijen zonder jaar. Pas de kolom aan "
                    + $"als {Year(asked)} bedoeld is.",
                field: "--year"
            )
        );
    }

    // By the rule of IndicatorTable.Resolve for the newest boundary year: after it, or before its oldest usable year.
    private static void AddUnusedYears(
        (CodeTable Table, int? AskedYear, string Source) import,
        (int BoundaryYear, Profile Profile) rules,
        SortedSet<int> years,
        List<ImportIssue> issues
    )
    {
        var boundary = Year(rules.BoundaryYear);
        var field = import.Table.PeriodColumn ?? (import.AskedYear is null ? null : "--year");
        var later = years.Where(y => y > rules.BoundaryYear).ToList();
        if (later.Count > 0)
        {
            issues.Add(
                ReportIssues.Warning(
                    IssueKind.ValuesUnused,
                    $"{Subject(later, years)} geldt voor {Span(later)}, na de nieuwste gebiedsindeling ({boundary}); de "
                        + "analyse gebruikt alleen waarden van het jaar van de indeling of eerder.",
                    field: field
                )
            );
        }

        var maximumAge = rules.Profile.MaximumAgeYears;
        var oldest = IndicatorTable.OldestUsableYear(rules.BoundaryYear, maximumAge);
        var older = years.Where(y => y < oldest).ToList();
        if (older.Count > 0)
        {
            issues.Add(
                ReportIssues.Warning(
                    IssueKind.ValuesUnused,
                    $"{Subject(older, years)} geldt voor {Span(older)}: de analyse van de gebiedsindeling {boundary} "
                        + $"gebruikt alleen waarden van {Year(oldest)} of later, tot {maximumAge} jaar oud "
                        + $"(maximumAge in het profiel '{rules.Profile.Id}').",
                    field: field
                )
            );
        }
    }

    private static string Subject(List<int> unused, SortedSet<int> years) =>
        unused.Count == years.Count ? "De tabel" : "Een deel van de tabel";

    private static async Task AddAssumedYearAsync(
        (CodeTable Table, int? AskedYear, string Source) import,
        (int Year, IReadOnlyList<IndicatorValue> Values) assumed,
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

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
