using GeoOpgave.Core.Scoring;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>The outcome of <see cref="MatchKoppelkansen"/>; every list follows the order of the scored
/// buurten.</summary>
/// <param name="Scores">
/// The scores with each buurt's <see cref="BuurtScore.Koppelkansen"/> completed by the koppelkansen of works, in
/// profile order.
/// </param>
/// <param name="Matches">Per buurt each koppelkans of works that applies, with its works.</param>
/// <param name="Shifts">Pairs of works that a koppelkans would combine if one plan moved.</param>
/// <param name="Conflicts">Streets opened twice by different owners within the conflict window.</param>
public sealed record MatchKoppelkansenResult(
    ScoringResult Scores,
    IReadOnlyList<KoppelkansMatch> Matches,
    IReadOnlyList<PlanningShift> Shifts,
    IReadOnlyList<PlanningConflict> Conflicts);
