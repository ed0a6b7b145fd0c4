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
}
