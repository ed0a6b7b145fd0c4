namespace GeoOpgave.Core.Scoring;

/// <summary>
/// The urgentie of one opgave in one buurt.
/// </summary>
/// <param name="Score">0–100, or null (onbekend) when too little of the opgave's weight has data.</param>
/// <param name="Coverage">Share (0–1) of the opgave's weight that had data.</param>
public sealed record OpgaveScore(
    string OpgaveId,
    double? Score,
    UrgencyClass Class,
    double Coverage,
    IReadOnlyList<IndicatorContribution> Contributions)
{
    /// <summary>Whether the opgave counts as urgent (class hoog).</summary>
    public bool IsUrgent => Class == UrgencyClass.Hoog;
}
