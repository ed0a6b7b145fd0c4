using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>Turns reader issues into report issues and counts what they rejected.</summary>
internal static class ReportIssues
{
    private static readonly ImportIssueKind[] SkippingKinds =
    [
        ImportIssueKind.MissingGeometry, ImportIssueKind.EmptyGeometry, ImportIssueKind.BrokenGeometry, ImportIssueKind.NotANumber,
    ];

    public static ImportReportIssue From(ImportIssue issue) =>
        new(issue.Severity.ToString(), issue.Kind.ToString(), issue.Message)
        {
            Layer = issue.Layer,
            FeatureIndex = issue.FeatureIndex,
            Row = issue.Row,
            Field = issue.Field,
        };

    public static ImportReportIssue Error(string kind, string message, string? field = null) => new("Error", kind, message) { Field = field };

    public static ImportReportIssue Warning(string kind, string message, int? feature = null, int? row = null, string? field = null) =>
        new("Warning", kind, message) { FeatureIndex = feature, Row = row, Field = field };

    /// <summary>How many features or rows a reader left out: distinct locations of the issues that skip one.</summary>
    public static int Rejected(IEnumerable<ImportIssue> issues) => issues
        .Where(i => SkippingKinds.Contains(i.Kind) && (i.FeatureIndex is not null || i.Row is not null))
        .Select(i => (i.FeatureIndex, i.Row))
        .Distinct()
        .Count();
}
