namespace GeoOpgave.Application.Analysis;

/// <summary>The summary of an analysis that <c>GET /api/analyses</c> answers.</summary>
/// <param name="Overlap">Buurten per overlap, 0 up to the number of opgaven.</param>
/// <param name="TopBuurten">The first buurten by priority.</param>
public sealed record AnalysisSummary(
    ProfileInfo Profiel,
    int Year,
    int BuurtCount,
    IReadOnlyList<OverlapCount> Overlap,
    IReadOnlyList<AreaRollUpSummary> Wijken,
    IReadOnlyList<AreaRollUpSummary> Gemeenten,
    IReadOnlyList<PriorityBuurt> TopBuurten,
    OverlapMatrix OverlapMatrix,
    HotSpotSummary HotSpots);
