using GeoOpgave.Core.Profiles;

namespace GeoOpgave.Core.Scoring;

/// <summary>The scores of every buurt, in the order the buurten were given.</summary>
public sealed record ScoringResult(Profile Profile, IReadOnlyList<BuurtScore> Buurten)
{
    /// <summary>Per opgave (profile order) the score thresholds of hoog and midden applied; empty: the profile's
    /// own.</summary>
    public IReadOnlyList<(double Urgent, double Attention)> Thresholds { get; init; } = [];

    /// <summary>The dense rescore this result was made from; null for a result built otherwise.</summary>
    internal RescoreResult? Source { get; init; }

    /// <summary>The thresholds applied to an opgave: as calibrated in this scoring, else the profile's.</summary>
    public (double Urgent, double Attention) ThresholdsOf(int opgave) =>
        opgave < Thresholds.Count
            ? Thresholds[opgave]
            : (
                Profile.UrgentThresholdOf(Profile.Opgaven[opgave]),
                Profile.AttentionThresholdOf(Profile.Opgaven[opgave])
            );
}
