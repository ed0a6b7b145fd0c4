namespace GeoOpgave.Core.Profiles;

/// <summary>One indicator in an opgave: its weight (relative, any positive number) and direction.</summary>
public sealed record OpgaveIndicator(string IndicatorId, double Weight, IndicatorDirection Direction)
{
    /// <summary>How the raw values become 0–100; percentile rank within the gemeente unless the profile says
    /// otherwise.</summary>
    public Normalisation Normalisation { get; init; } = Normalisation.PercentileGemeente;
}
