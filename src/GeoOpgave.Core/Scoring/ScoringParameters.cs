using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>What scoring needs: a profile, the buurten (for their gemeente) and their indicator values.</summary>
public sealed record ScoringParameters(Profile Profile, IReadOnlyList<Area> Buurten, IndicatorTable Indicators)
{
    /// <summary>
    /// An earlier normalisation with the same profile, whose columns are taken over where the ranking and an
    /// indicator's column are the same objects as now: after a write that touched one indicator, only that one is
    /// ranked again. Null: normalise everything.
    /// </summary>
    public NormalisedIndicators? Previous { get; init; }
}
