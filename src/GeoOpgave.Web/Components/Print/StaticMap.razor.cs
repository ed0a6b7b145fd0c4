using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Map;
using GeoOpgave.Web.Components.Services;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Print;

/// <summary>A printable map of the agenda's buurten coloured by overlap, the other buurten around them in
/// grey.</summary>
public sealed partial class StaticMap
{
    private const string Surroundings = "#e6e6e6";

    [Parameter, EditorRequired]
    public AnalysisResult Result { get; set; } = default!;

    /// <summary>The buurtcodes of the agenda.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyCollection<string> Codes { get; set; } = [];

    private string ViewBox { get; set; } = "0 0 1 1";

    private IReadOnlyList<SvgShape> Shapes { get; set; } = [];

    private string Caption =>
        "Aantal urgente opgaven per buurt (kleuren als de legenda van de kaart); grijs: buurten eromheen.";

    protected override void OnParametersSet()
    {
        var overlap = Result.Buurten.ToDictionary(b => b.Buurt.Code, b => b.Score.Overlap, StringComparer.Ordinal);
        var highlighted = Codes.ToHashSet(StringComparer.Ordinal);
        (ViewBox, Shapes) = SvgMap.Build(
            Result.Buurten.Select(b => b.Buurt).ToArray(),
            highlighted,
            a => highlighted.Contains(a.Code) ? OverlapPalette.ColourFor(overlap[a.Code]) : Surroundings,
            width: 640);
    }
}
