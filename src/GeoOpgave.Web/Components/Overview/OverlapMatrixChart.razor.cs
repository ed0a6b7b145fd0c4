using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Profiles;
using GeoOpgave.Web.Components.Panel;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>
/// The overlap matrix as a heatmap table: a real table for screen readers, ColorBrewer Blues for the eye, and the
/// count written in every cell so that colour never carries the meaning alone.
/// </summary>
public sealed partial class OverlapMatrixChart
{
    [Parameter, EditorRequired]
    public OverlapMatrix Matrix { get; set; } = default!;

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    private IReadOnlyList<string> Names { get; set; } = [];

    private int Max { get; set; }

    protected override void OnParametersSet()
    {
        Names = Matrix
            .Opgaven.Select(id => OpgaveNames.Of(Profile, id))
            .ToArray();
        Max = Matrix.Buurten.SelectMany(r => r).DefaultIfEmpty(0).Max();
    }

    // ColorBrewer Blues with a darker fourth step (#2171b5 from the 6-class scheme), so that every cell keeps
    // 4.5:1 contrast: dark text on the three light blues, white text on the two dark ones.
    private static readonly string[] Colours = ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c"];

    private int ClassOf(int count) => Max == 0 ? 0 : Math.Min(Colours.Length - 1, count * Colours.Length / (Max + 1));

    private string CellColour(int count) => Colours[ClassOf(count)];

    private string TextColour(int count) => ClassOf(count) >= 3 ? "#ffffff" : "#1a1a1a";
}
