namespace GeoOpgave.Core.Werken;

/// <summary>
/// The works per buurt (as <see cref="MeasureWorks"/> gives them) and every pair of works that meet there, ordered by
/// buurt code, then the ids of the first and second work.
/// </summary>
public sealed record MatchWorksResult(IReadOnlyList<WorkInBuurt> Works, IReadOnlyList<WorkMeeting> Meetings);
