namespace GeoOpgave.Web.Components.Timeline;

/// <summary>How the timeline names and styles its marks.</summary>
public static class TimelineMarks
{
    /// <summary>Every single mark, in the order the legend lists them.</summary>
    public static IReadOnlyList<TimelineMark> All { get; } =
    [TimelineMark.Koppelkans, TimelineMark.Conflict, TimelineMark.Verschuiven];

    /// <summary>The mark in lower case, for classes and test ids: koppelkans, conflict, verschuiven.</summary>
    public static string Slug(TimelineMark mark) => mark.ToString().ToLowerInvariant();

    /// <summary>The Dutch heading of the mark.</summary>
    public static string Name(TimelineMark mark) => mark switch
    {
        TimelineMark.Koppelkans => "Koppelkans",
        TimelineMark.Conflict => "Conflict",
        _ => "Kans om een planning te verschuiven",
    };
}
