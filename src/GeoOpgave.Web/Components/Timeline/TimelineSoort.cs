namespace GeoOpgave.Web.Components.Timeline;

/// <summary>A werksoort in the timeline's legend with the fill of its bars.</summary>
public sealed record TimelineSoort(string Name, string Colour);
