namespace GeoOpgave.Web.Components.Timeline;

/// <summary>The timelines of an area's buurten on one shared scale, so the years line up from buurt to buurt.</summary>
/// <param name="Scale">The years of the works with a known start; null when there are none.</param>
/// <param name="Buurten">The buurten with works, in the order asked for.</param>
/// <param name="Soorten">The legend: every werksoort of the area with its colour.</param>
/// <param name="WithoutWorks">The names of the buurten without planned works.</param>
public sealed record AreaTimeline(
    TimelineScale? Scale,
    IReadOnlyList<TimelineBuurt> Buurten,
    IReadOnlyList<TimelineSoort> Soorten,
    IReadOnlyList<string> WithoutWorks
);
