using GeoOpgave.Core.Issues;
using GeoOpgave.IO.Validation;

namespace GeoOpgave.Application.Import;

/// <summary>Makes the issues an import adds to what its readers found, and counts what the readers rejected.</summary>
internal static class ReportIssues
{
    private static readonly IssueKind[] SkippingKinds =
    [
        IssueKind.MissingGeometry, IssueKind.EmptyGeometry, IssueKind.BrokenGeometry, IssueKind.NotANumber,
    ];

    public static ImportIssue Error(IssueKind kind, string message, string? field = null) =>
        new(IssueSeverity.Error, kind, message) { Field = field };

    public static ImportIssue Warning(
        IssueKind kind,
        string message,
        int? feature = null,
        int? row = null,
        string? field = null
    ) =>
        new(IssueSeverity.Warning, kind, message)
        {
            FeatureIndex = feature,
            Row = row,
            Field = field,
        };

    /// <summary>How many features or rows a reader left out: distinct locations of the issues that skip one.</summary>
    public static int Rejected(IEnumerable<ImportIssue> issues) => issues
        .Where(i => SkippingKinds.Contains(i.Kind) && (i.FeatureIndex is not null || i.Row is not null))
        .Select(i => (i.FeatureIndex, i.Row))
        .Distinct()
        .Count();

    /// <summary>How many features a reader repaired: distinct layers and features of its Repaired issues.</summary>
    public static int Repaired(IEnumerable<ImportIssue> issues) => issues
        .Where(i => i.Kind == IssueKind.Repaired && i.FeatureIndex is not null)
        .Select(i => (i.Layer, i.FeatureIndex))
        .Distinct()
        .Count();
}
