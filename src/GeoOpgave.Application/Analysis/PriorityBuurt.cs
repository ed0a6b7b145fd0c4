namespace GeoOpgave.Application.Analysis;

/// <summary>A buurt in the priority ranking.</summary>
/// <param name="PriorityRank">1 = first: overlap descending, then combined score descending.</param>
/// <param name="Signature">The ids of the urgent opgaven, in profile order.</param>
/// <param name="CombinedScore">Mean of the known opgave scores (0–100); null when all are onbekend.</param>
/// <param name="HotSpot">hotspot, coldspot, niet-significant or onbekend (Gi* on the combined score).</param>
public sealed record PriorityBuurt(
    string Code,
    string Name,
    string? WijkCode,
    int PriorityRank,
    int Overlap,
    IReadOnlyList<string> Signature,
    double? CombinedScore,
    IReadOnlyList<string> Koppelkansen,
    string HotSpot)
{
    /// <summary>Opgaven that are not onbekend in the buurt: <see cref="Overlap"/> is "x van y bekende
    /// opgaven".</summary>
    public int KnownOpgaven { get; init; }
}
