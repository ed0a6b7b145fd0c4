namespace GeoOpgave.Application.Import;

/// <summary>One finding in an import report, with where it is.</summary>
/// <param name="Severity">"Error", "Warning" or "Info".</param>
/// <param name="Kind">The stable code (an <c>ImportIssueKind</c> name).</param>
/// <param name="Message">The Dutch explanation.</param>
public sealed record ImportReportIssue(string Severity, string Kind, string Message)
{
    public string? Layer { get; init; }

    /// <summary>The 0-based feature index, or null.</summary>
    public int? FeatureIndex { get; init; }

    /// <summary>The 1-based line in a text file, or null.</summary>
    public int? Row { get; init; }

    public string? Field { get; init; }
}
