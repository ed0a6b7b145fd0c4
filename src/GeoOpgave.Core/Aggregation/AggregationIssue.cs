using GeoOpgave.Core.Issues;

namespace GeoOpgave.Core.Aggregation;

/// <summary>
/// A geometry problem an aggregator met and handled (repaired or skipped) instead of throwing.
/// </summary>
/// <param name="Source">"areas" for an area, "input" for a feature of the aggregated layer.</param>
/// <param name="Index">The 0-based index of the feature in the sequence it came from.</param>
/// <param name="Key">The area code for an area, else null.</param>
/// <param name="Kind">What was wrong: empty, of a type the aggregator does not take, or repaired.</param>
/// <param name="Message">A Dutch explanation for the user.</param>
public sealed record AggregationIssue(string Source, int Index, string? Key, IssueKind Kind, string Message)
{
    public const string AreasSource = "areas";
    public const string InputSource = "input";

    /// <summary>The feature as a person counts it, from 1 (as QGIS and the import reports do).</summary>
    public int Number => Index + 1;
}
