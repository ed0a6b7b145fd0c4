namespace GeoOpgave.Web.Components.Map;

/// <summary>One line of the legend: a colour and what it means, e.g. "65 – 80".</summary>
public sealed record LegendEntry(string Colour, string Label, bool Onbekend = false);
