namespace GeoOpgave.Core.Werken;

/// <summary>The works that touch each buurt, ordered by buurt code and then work id.</summary>
public sealed record MeasureWorksResult(IReadOnlyList<WorkInBuurt> Rows);
