using GeoOpgave.Application.Analysis;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>Buurten with their rank in both profiles and their sensitivity stability.</summary>
public sealed partial class TopKTable
{
    [Parameter, EditorRequired]
    public IReadOnlyList<BuurtScenario> Rows { get; set; } = [];

    [Parameter, EditorRequired]
    public string TestId { get; set; } = string.Empty;

    [Parameter]
    public IReadOnlyDictionary<string, double> Stability { get; set; } = new Dictionary<string, double>();

    [Parameter]
    public string StabilityLabel { get; set; } = "Blijft in de top";
}
