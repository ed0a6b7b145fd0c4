namespace GeoOpgave.Web.Components.Timeline;

/// <summary>The band of one owner on a buurt's timeline: its works in as few lanes as their periods allow.</summary>
/// <param name="Label">The owner's name, shortened to fit the label column.</param>
/// <param name="Name">The owner's full name.</param>
/// <param name="Y">The top of the band, in SVG units.</param>
/// <param name="Height">The band's height: one row per lane.</param>
public sealed record TimelineOwner(string Label, string Name, double Y, double Height);
