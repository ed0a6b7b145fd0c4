using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Core.Scoring;

/// <summary>What a roll-up to wijken and gemeenten needs.</summary>
/// <param name="Result">The buurt scores.</param>
/// <param name="Buurten">The scored buurten, for their wijk and gemeente (any order).</param>
/// <param name="Indicators">Holds the population per buurt.</param>
public sealed record RollUpParameters(ScoringResult Result, IReadOnlyList<Area> Buurten, IndicatorTable Indicators)
{
    /// <summary>The indicator with the number of inhabitants per buurt.</summary>
    public string PopulationIndicatorId { get; init; } = KerncijferIds.AantalInwoners;

    /// <summary>The overlap from which a buurt counts for <see cref="AreaRollUp.ShareInOverlap"/>.</summary>
    public int MinimumOverlap { get; init; } = 2;
}
