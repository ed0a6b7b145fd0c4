using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Application.Analysis;

/// <summary>A wijk or gemeente roll-up with the area's name.</summary>
/// <param name="Population">Inhabitants of the buurten with a known population.</param>
/// <param name="ShareInOverlap">Share (0–1) of those inhabitants in buurten with overlap ≥ 2; null without
/// population.</param>
/// <param name="Opgaven">Per opgave the population-weighted mean score (0–100, null when unknown).</param>
public sealed record AreaRollUpSummary(
    string Code,
    string Name,
    int BuurtCount,
    int BuurtenWithoutPopulation,
    double Population,
    double? ShareInOverlap,
    IReadOnlyList<OpgaveRollUp> Opgaven);
