using GeoOpgave.Core.Scoring;
using GeoOpgave.Core.Werken;

namespace GeoOpgave.Core.Koppelkansen;

/// <summary>
/// The input of <see cref="MatchKoppelkansen"/>: the scores (with their profile) and the works per buurt with their
/// meetings, matched with the profile's <see cref="Profiles.PlanningRules"/>.
/// </summary>
public sealed record MatchKoppelkansenParameters(ScoringResult Scores, MatchWorksResult Works);
