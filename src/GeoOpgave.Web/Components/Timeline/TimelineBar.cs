using GeoOpgave.Application.Agenda;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>A work as a bar on a buurt's timeline, in SVG units.</summary>
/// <param name="Colour">The fill of its werksoort.</param>
/// <param name="Marks">The koppelkansen, conflicts and shifts it takes part in, in this buurt.</param>
public sealed record TimelineBar(AgendaWork Work, double X, double Y, double Width, string Colour, TimelineMark Marks)
{
    /// <summary>The vertical middle of the bar, where links attach.</summary>
    public double Middle => Y + (TimelineScale.BarHeight / 2);

    /// <summary>The modifier classes of the marks, e.g. "tijdlijn__balk--koppelkans
    /// tijdlijn__balk--conflict".</summary>
    public string MarkClasses =>
        string.Join(
            ' ',
            TimelineMarks.All.Where(m => Marks.HasFlag(m)).Select(m => $"tijdlijn__balk--{TimelineMarks.Slug(m)}")
        );
}
