namespace GeoOpgave.Core.Profiles;

/// <summary>An opgave of a profile: id (e.g. "energie"), Dutch name, map colour and its indicators.</summary>
public sealed record OpgaveDefinition(
    string Id,
    string Name,
    string Colour,
    IReadOnlyList<OpgaveIndicator> Indicators)
{
    /// <summary>Score (0–100) from which this opgave is urgent (class hoog); null: the profile's threshold.</summary>
    public double? UrgentThreshold { get; init; }

    /// <summary>Score (0–100) from which this opgave is class midden; null: the profile's threshold.</summary>
    public double? AttentionThreshold { get; init; }

    /// <summary>
    /// A calibrated threshold instead of a score: the share (0–1) of the buurten with data that is hoog, e.g. 0.25 for
    /// "the top quarter"; null: the profile's share, else the score thresholds. See <see cref="Profile.ThresholdsOf"/>.
    /// </summary>
    public double? UrgentShare { get; init; }

    /// <summary>The share (0–1) of the buurten with data that is at least midden; null: the profile's share, else the score threshold.</summary>
    public double? AttentionShare { get; init; }
}
