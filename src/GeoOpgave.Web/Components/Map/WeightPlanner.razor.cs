using System.Globalization;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Web.Components.Panel;
using GeoOpgave.Web.Components.Services;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>Weight sliders per indicator of every opgave and the urgent threshold; every move is reported at
/// once.</summary>
public sealed partial class WeightPlanner
{
    private const double MaxWeight = 6;

    [Inject]
    private ProfileCatalog Catalog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    [Parameter, EditorRequired]
    public PlannerState State { get; set; } = default!;

    [Parameter]
    public EventCallback<PlannerState> StateChanged { get; set; }

    private IReadOnlyList<OpgaveGroup> Groups { get; set; } = [];

    private string? ExportHref { get; set; }

    // A calibrated profile flags a share of the buurten per opgave; the slider stands in for that with one fixed score,
    // so the planner learns it before moving it, not from a changed map.
    private string? CalibrationNote =>
        Profile.UrgentShare is { } share
            ? $"Dit profiel is gekalibreerd: per opgave zijn de {DutchFormat.Number(Math.Round(share * 100))} % buurten met de hoogste score "
                + "urgent. Zolang de drempel op zijn beginstand staat, blijft dat zo; verschuift u hem, dan geldt één vaste score voor alle "
                + "opgaven zonder eigen drempel."
            : null;

    private string ExportFileName =>
        $"{Profile.Id}-versie-{(Profile.Version + 1).ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>The profile's own weights and threshold: where a planner starts.</summary>
    public static PlannerState Initial(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new PlannerState(
            profile.Opgaven.SelectMany(o => o.Indicators).Select(i => i.Weight).ToArray(),
            profile.UrgentThreshold
        );
    }

    protected override void OnParametersSet()
    {
        var index = 0;
        Groups = Profile
            .Opgaven.Select(o => new OpgaveGroup(
                o.Name,
                o.Indicators.Select(i => new Slot(index++, Profile.InfoOf(i.IndicatorId).Name)).ToArray()
            ))
            .ToArray();
        var json = ProfileExport.ToJson(Catalog, Profile, State.Weights, State.UrgentThreshold);
        ExportHref = json is null ? null : "data:application/json;charset=utf-8," + Uri.EscapeDataString(json);
    }

    private Task SetWeightAsync(int slot, ChangeEventArgs e)
    {
        var weights = State.Weights.ToArray();
        weights[slot] = Parse(e, weights[slot]);
        return StateChanged.InvokeAsync(State with { Weights = weights });
    }

    private Task SetThresholdAsync(ChangeEventArgs e) =>
        StateChanged.InvokeAsync(State with { UrgentThreshold = Parse(e, State.UrgentThreshold) });

    private Task ResetAsync() => StateChanged.InvokeAsync(Initial(Profile));

    private static double Parse(ChangeEventArgs e, double fallback) =>
        double.TryParse(e.Value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : fallback;

    // A range input's value attribute is read by the browser in invariant notation, never "1,5".
    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Slot(int Index, string Label);

    private sealed record OpgaveGroup(string Name, IReadOnlyList<Slot> Slots);
}
