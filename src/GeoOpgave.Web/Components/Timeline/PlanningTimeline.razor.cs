using System.Globalization;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Core.Profiles;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Timeline;

/// <summary>
/// The timeline per buurt of a wijk or selectie: years across, each planned work a bar from start to end in the band
/// of its owner, coloured by werksoort; koppelkansen joined by a green line, conflicts by a red dashed one and the
/// chances to shift a plan by an orange dotted one across the gap, each also said in words below the buurt's chart.
/// Plain SVG, so it prints with the agenda.
/// </summary>
public sealed partial class PlanningTimeline
{
    [Parameter, EditorRequired]
    public AgendaPlanning Planning { get; set; } = default!;

    /// <summary>The buurten of the area, by code, in the order to show them.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyCollection<string> Codes { get; set; } = [];

    /// <summary>Buurt names by code.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Names { get; set; } = new Dictionary<string, string>();

    /// <summary>The profile whose werksoorten catalogue gives each soort its colour (as on the map).</summary>
    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    private AreaTimeline Layout { get; set; } = new(null, [], [], []);

    protected override void OnParametersSet() =>
        Layout = TimelineLayout.Build(Planning, Codes, Names, WerksoortPalette.ByName(Profile));

    private static string Id(TimelineBuurt buurt, string part) => $"tijdlijn-{buurt.Code}-{part}";

    private static string Units(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Summary(TimelineBuurt buurt, TimelineScale scale)
    {
        var count = (TimelineMark kind) =>
            buurt.Links.Count(l => l.Kind == kind).ToString(CultureInfo.InvariantCulture);
        var works =
            buurt.Bars.Count == 1 ? "1 werk" : $"{buurt.Bars.Count.ToString(CultureInfo.InvariantCulture)} werken";
        return $"{works} van {string.Join(", ", buurt.Owners.Select(o => o.Name))} tussen {PlanningText.Year(scale.FirstYear)} en {PlanningText.Year(scale.LastYear)}; "
            + $"koppelkansen: {count(TimelineMark.Koppelkans)}, conflicten: {count(TimelineMark.Conflict)}, kansen om te verschuiven: {count(TimelineMark.Verschuiven)}.";
    }
}
