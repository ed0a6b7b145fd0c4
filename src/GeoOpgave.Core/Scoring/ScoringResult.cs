using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>The scores of every buurt, in the order the buurten were given.</summary>
public sealed record ScoringResult(Profile Profile, IReadOnlyList<BuurtScore> Buurten);
