namespace GeoOpgave.Core.Profiles;

/// <summary>An opgave of a profile: id (e.g. "energie"), Dutch name, map colour and its indicators.</summary>
public sealed record OpgaveDefinition(
    string Id,
    string Name,
    string Colour,
    IReadOnlyList<OpgaveIndicator> Indicators);
