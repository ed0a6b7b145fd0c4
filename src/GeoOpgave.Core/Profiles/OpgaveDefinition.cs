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

    /// <summary>The share (0–1) of the buurten with data that is at least midden; null: the profile's share, else the
    /// score threshold.</summary>
    public double? AttentionShare { get; init; }

    /// <summary>
    /// The opgave is known in a buurt only where at least one of these indicators has data (besides the profile's
    /// minimum coverage), so that it is never scored on its weakest indicators alone. Null: its most heavily weighted
    /// indicator (any of them on a tie); empty: the minimum coverage alone decides.
    /// </summary>
    public IReadOnlyList<string>? KeyIndicators { get; init; }

    /// <summary>The ids of <see cref="KeyIndicators"/>, or of the most heavily weighted indicators when the profile
    /// names none.</summary>
    public IReadOnlyList<string> KeyIndicatorIds()
    {
        if (KeyIndicators is not null)
        {
            return KeyIndicators;
        }

        var heaviest = Indicators.Count == 0 ? 0 : Indicators.Max(i => i.Weight);
        return heaviest > 0 ? [.. Indicators.Where(i => i.Weight == heaviest).Select(i => i.IndicatorId)] : [];
    }
}
