using System.Globalization;
using GeoOpgave.Web.Components.Timeline;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>
/// The period slider of the map: two range inputs (van, tot en met) over the years of the planned works; the map shows
/// the works whose period overlaps the chosen years. Keyboard users move either end with the arrow keys.
/// </summary>
public sealed partial class PeriodSlider
{
    [Parameter, EditorRequired]
    public WorksPeriod Period { get; set; } = default!;

    [Parameter]
    public EventCallback<WorksPeriod> PeriodChanged { get; set; }

    /// <summary>How many works the map shows for the period; null while it is loading them.</summary>
    [Parameter]
    public int? Shown { get; set; }

    /// <summary>The werksoorten of the works with their colour on the map.</summary>
    [Parameter]
    public IReadOnlyList<TimelineSoort> Soorten { get; set; } = [];

    private string ShownText => Shown switch
    {
        null => string.Empty,
        1 => " · 1 werk op de kaart",
        { } n => $" · {n.ToString(CultureInfo.InvariantCulture)} werken op de kaart",
    };

    private Task Change(WorksPeriod period) =>
        period == Period ? Task.CompletedTask : PeriodChanged.InvokeAsync(period);

    private static int Year(ChangeEventArgs e, int fallback) =>
        int.TryParse(e.Value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
            ? year
            : fallback;
}
