namespace GeoOpgave.Web.Components.Map;

/// <summary>A named colour scheme; <see cref="Colours"/> run from least to most urgent.</summary>
public sealed record Palette(string Id, string Name, IReadOnlyList<string> Colours);
