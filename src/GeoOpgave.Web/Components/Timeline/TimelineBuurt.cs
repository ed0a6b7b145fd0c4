using GeoOpgave.Application.Agenda;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// The timeline of one buurt: its works as bars per owner, the links between them, what those mean in words, and the
/// works without a start year.
/// </summary>
/// <param name="Height">The SVG's height in units.</param>
public sealed record TimelineBuurt(
    string Code,
    string Name,
    IReadOnlyList<TimelineOwner> Owners,
    IReadOnlyList<TimelineBar> Bars,
    IReadOnlyList<TimelineLink> Links,
    IReadOnlyList<TimelineNote> Notes,
    IReadOnlyList<AgendaWork> Undated,
    double Height);
