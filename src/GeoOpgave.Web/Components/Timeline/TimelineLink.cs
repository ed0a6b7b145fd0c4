namespace GeoOpgave.Web.Components.Timeline;

/// <summary>A line between two bars: a koppelkans, a conflict or a chance to shift a plan, with its Dutch
/// sentence.</summary>
/// <param name="Kind">Exactly one mark.</param>
/// <param name="Path">The SVG path data, from the earlier bar to the later one.</param>
/// <param name="Text">What it means, as the agenda's Planning section says it.</param>
public sealed record TimelineLink(TimelineMark Kind, string Path, string Text);
