using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>What scoring needs: a profile, the buurten (for their gemeente) and their indicator values.</summary>
public sealed record ScoringParameters(Profile Profile, IReadOnlyList<Area> Buurten, IndicatorTable Indicators);
