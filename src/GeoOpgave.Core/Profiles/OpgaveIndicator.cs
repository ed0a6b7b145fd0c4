namespace GeoOpgave.Core.Profiles;

/// <summary>One indicator in an opgave: its weight (relative, any positive number) and direction.</summary>
public sealed record OpgaveIndicator(string IndicatorId, double Weight, IndicatorDirection Direction);
