using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>Prints an import report for a person: a summary table, the fields and every issue with its
/// location.</summary>
internal static class ImportReportTable
{
    private const int MaxIssuesShown = 50;
    private const int MaxIssuesPerKind = 5;
    private const int MaxFieldsShown = 25;

    public static void Write(IAnsiConsole console, ImportReport report)
    {
        var summary = new Table().AddColumn("Rapport").AddColumn(Markup.Escape(report.Layer ?? report.Source));
        Row(
            summary,
            "Bron",
            report.SourceLayer is null ? report.Source : $"{report.Source} (laag {report.SourceLayer})"
        );
        Row(summary, "Formaat / soort", $"{report.Format} / {report.Kind ?? "-"}");
        Row(summary, "CRS in bron", report.CrsDetected ?? "-");
        Row(summary, "CRS gebruikt", $"{report.CrsUsed ?? "-"} → opgeslagen in {report.CrsStored}");
        Row(summary, "Gelezen / geïmporteerd", Invariant($"{report.FeaturesRead} / {report.FeaturesImported}"));
        Row(summary, "Hersteld / afgewezen", Invariant($"{report.FeaturesRepaired} / {report.FeaturesRejected}"));
        Row(summary, "Geometrietypen", report.GeometryTypes.Count == 0 ? "-" : string.Join(", ", report.GeometryTypes));
        Row(
            summary,
            "Omvang (RD New)",
            report.Extent is { } e ? Invariant($"{e.MinX:F0}, {e.MinY:F0} – {e.MaxX:F0}, {e.MaxY:F0}") : "-"
        );
        if (report.Year is { } year)
        {
            Row(summary, "Jaar", year.ToString(CultureInfo.InvariantCulture));
        }

        if (report.UnmatchedCodes.Count > 0)
        {
            Row(
                summary,
                "Codes zonder gebied",
                string.Join(", ", report.UnmatchedCodes.Take(20))
                    + (report.UnmatchedCodes.Count > 20 ? " …" : string.Empty)
            );
        }

        console.Write(summary);
        WriteFields(console, report);
        WriteIssues(console, report);
    }

    private static void WriteFields(IAnsiConsole console, ImportReport report)
    {
        if (report.Fields.Count == 0)
        {
            return;
        }

        var fields = new Table()
            .AddColumn("Veld")
            .AddColumn("Type")
            .AddColumn(new TableColumn("Ontbrekend").RightAligned());
        // A wijk- en buurtkaart has 200 fields; the report file keeps them all.
        foreach (var field in report.Fields.Take(MaxFieldsShown))
        {
            fields.AddRow(Markup.Escape(field.Name), field.Type, field.Missing.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(fields);
        if (report.Fields.Count > MaxFieldsShown)
        {
            console.MarkupLine(Invariant($"[grey]… en nog {report.Fields.Count - MaxFieldsShown} velden (zie --report).[/]"));
        }
    }

    // Errors first, and at most a few of one kind: a file with 900 bad codes must not hide the one error that says
    // why nothing landed, nor the line that says which areas an import replaces.
    private static void WriteIssues(IAnsiConsole console, ImportReport report)
    {
        var shown = 0;
        var groups = report.Issues
            .OrderByDescending(i => i.Severity)
            .GroupBy(i => (i.Severity, i.Kind));
        foreach (var group in groups)
        {
            var issues = group.ToList();
            var take = Math.Min(Math.Min(issues.Count, MaxIssuesPerKind), MaxIssuesShown - shown);
            foreach (var issue in issues.Take(take))
            {
                WriteIssue(console, issue);
            }

            shown += take;
            if (issues.Count > take)
            {
                console.MarkupLine(Invariant(
                    $"[grey]… en nog {issues.Count - take} × {group.Key.Severity} {group.Key.Kind} (zie --report).[/]"));
            }
        }
    }

    private static void WriteIssue(IAnsiConsole console, ImportIssue issue)
    {
        var colour = issue.Severity switch
        {
            IssueSeverity.Error => "red",
            IssueSeverity.Warning => "yellow",
            _ => "grey",
        };
        var where = string.Join(
            ", ",
            new[]
            {
                issue.FeatureNumber is { } f ? Invariant($"object {f}") : null,
                issue.Row is { } r ? Invariant($"regel {r}") : null,
                issue.Field is { } field ? $"veld {field}" : null,
            }.Where(s => s is not null)
        );
        var location = where.Length == 0 ? string.Empty : $" ({where})";
        console.MarkupLine(
            $"[{colour}]{issue.Severity} {issue.Kind}[/]{Markup.Escape(location)}: {Markup.Escape(issue.Message)}"
        );
    }

    private static void Row(Table table, string label, string value) => table.AddRow(label, Markup.Escape(value));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
