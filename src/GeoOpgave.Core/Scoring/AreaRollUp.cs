using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Scoring;

/// <summary>The buurt scores of one wijk or gemeente, weighted by population.</summary>
/// <param name="BuurtCount">All buurten of the area that were scored.</param>
/// <param name="BuurtenWithoutPopulation">Buurten left out because their population is unknown.</param>
/// <param name="Population">Inhabitants of the buurten that were counted.</param>
/// <param name="ShareInOverlap">
/// Share (0–1) of the counted population living in buurten with overlap ≥ the minimum (2 by default);
/// null when no population was counted.
/// </param>
public sealed record AreaRollUp(
    string Code,
    AreaLevel Level,
    int BuurtCount,
    int BuurtenWithoutPopulation,
    double Population,
    IReadOnlyList<OpgaveRollUp> Opgaven,
    double? ShareInOverlap);
