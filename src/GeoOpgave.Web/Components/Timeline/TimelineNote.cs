namespace GeoOpgave.Web.Components.Timeline;

/// <summary>A koppelkans, conflict or chance to shift in a buurt, said in words under its timeline.</summary>
/// <param name="Kind">Exactly one mark.</param>
/// <param name="Text">The sentence of the agenda's Planning section.</param>
public sealed record TimelineNote(TimelineMark Kind, string Text);
