using System.Text.RegularExpressions;
using GeoOpgave.Application.Agenda;
using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Core.Scoring;
using GeoOpgave.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>
/// The side panel of one buurt: its overlap, every opgave's urgentie and score, the koppelkansen that apply
/// and the indicator values behind them.
/// </summary>
public sealed partial class BuurtPanel
{
    private const string FallbackColour = "#8a8a8a";

    /// <summary>The analysed buurt to show.</summary>
    [Parameter, EditorRequired]
    public BuurtAnalysis Buurt { get; set; } = default!;

    /// <summary>The profile the buurt was scored with (names and colours of the opgaven).</summary>
    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    /// <summary>Raised when the user closes the panel; no close button without a handler.</summary>
    [Parameter]
    public EventCallback OnClose { get; set; }

    /// <summary>The gebiedsagenda of the buurt (explanations, indicators against the gemeente); null while it
    /// loads.</summary>
    [Parameter]
    public Gebiedsagenda? Agenda { get; set; }

    /// <summary>Why the agenda could not be made, in Dutch; null when there is no problem.</summary>
    [Parameter]
    public string? AgendaError { get; set; }

    /// <summary>The address of the printable agenda of the buurt's wijk; null for no link.</summary>
    [Parameter]
    public string? PrintHref { get; set; }

    private IReadOnlyList<OpgaveRow> Opgaven { get; set; } = [];

    private IReadOnlyList<IndicatorRow> Indicators { get; set; } = [];

    private string OverlapColour => OverlapPalette.ColourFor(Buurt.Score.Overlap);

    private int UnknownOpgaven => Buurt.Score.Opgaven.Count - Buurt.Score.KnownOpgaven;

    protected override void OnParametersSet()
    {
        var scores = Buurt.Score.Opgaven.ToDictionary(s => s.OpgaveId, StringComparer.Ordinal);
        Opgaven = Profile.Opgaven
            .Select(o => ToRow(o, scores.GetValueOrDefault(o.Id)))
            .ToList();
        Indicators = Buurt.Indicators
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new IndicatorRow(i.Key, Label(i.Key), i.Value))
            .ToList();
    }

    private static OpgaveRow ToRow(OpgaveDefinition opgave, OpgaveScore? score) => new(
        opgave.Id,
        opgave.Name,
        SafeColour(opgave.Colour),
        DutchFormat.Urgentie(score?.Class ?? UrgencyClass.Onbekend),
        DutchFormat.Score(score?.Score));

    // Indicator ids are CBS-style snake case Dutch ("gemiddelde_woningwaarde"); spaces make them readable as they are.
    private static string Label(string indicatorId) => DutchText.Capitalise(indicatorId.Replace('_', ' '));

    // A colour comes from a profile file; only plain hex colours reach a style attribute.
    private static string SafeColour(string colour) =>
        HexColour().IsMatch(colour) ? colour : FallbackColour;

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColour();

    private sealed record OpgaveRow(string Id, string Name, string Colour, string Urgentie, string Score);

    private sealed record IndicatorRow(string Id, string Label, double? Value);
}
