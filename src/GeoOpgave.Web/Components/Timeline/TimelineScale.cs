namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// The x-axis of a timeline in SVG units: one column per year from <paramref name="FirstYear"/> through
/// <paramref name="LastYear"/>, right of the owners' labels. A work runs from the left edge of its start year's column
/// to the right edge of its end year's, so a one-year work is one column wide.
/// </summary>
public sealed record TimelineScale(int FirstYear, int LastYear)
{
    public const double Width = 760;
    public const double LabelWidth = 190;
    public const double RightMargin = 8;
    public const double AxisHeight = 24;
    public const double RowHeight = 22;
    public const double BarHeight = 14;

    /// <summary>The width of one year's column.</summary>
    public double YearWidth => (Width - LabelWidth - RightMargin) / (LastYear - FirstYear + 1);

    /// <summary>The left edge of the year's column.</summary>
    public double X(int year) => LabelWidth + ((year - FirstYear) * YearWidth);

    /// <summary>The years that get a label: every year up to 12, else every 2nd or 5th, so labels never
    /// collide.</summary>
    public IReadOnlyList<int> Ticks
    {
        get
        {
            var span = LastYear - FirstYear + 1;
            var step = span <= 12 ? 1 : span <= 24 ? 2 : 5;
            return Enumerable.Range(FirstYear, span).Where(y => (y - FirstYear) % step == 0).ToArray();
        }
    }
}
