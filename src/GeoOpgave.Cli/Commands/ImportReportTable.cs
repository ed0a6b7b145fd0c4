using System.Globalization;
using GeoOpgave.Application.Import;
using GeoOpgave.Core.Issues;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>Prints an import report for a person: a summary table, the fields and every issue with its
/// location.</summary>
internal static class ImportReportTable
{
    private const int MaxIssuesShown = 50;

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
        foreach (var field in report.Fields)
        {
            fields.AddRow(Markup.Escape(field.Name), field.Type, field.Missing.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(fields);
    }

    private static void WriteIssues(IAnsiConsole console, ImportReport report)
    {
        foreach (var issue in report.Issues.Take(MaxIssuesShown))
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
                    issue.FeatureIndex is { } f ? Invariant($"object {f}") : null,
                    issue.Row is { } r ? Invariant($"regel {r}") : null,
                    issue.Field is { } field ? $"veld {field}" : null,
                }.Where(s => s is not null)
            );
            var location = where.Length == 0 ? string.Empty : $" ({where})";
            console.MarkupLine(
                $"[{colour}]{issue.Severity} {issue.Kind}[/]{Markup.Escape(location)}: {Markup.Escape(issue.Message)}"
            );
        }

        if (report.Issues.Count > MaxIssuesShown)
        {
            console.MarkupLine(
                Invariant($"[grey]… en nog {report.Issues.Count - MaxIssuesShown} meldingen (zie --report).[/]")
            );
        }
    }

    private static void Row(Table table, string label, string value) => table.AddRow(label, Markup.Escape(value));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
