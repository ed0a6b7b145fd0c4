using GeoOpgave.Application.Analysis;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>The buurten that enter or leave the top k when profile B replaces A, with their stability.</summary>
public sealed partial class TopKChanges
{
    [Parameter, EditorRequired]
    public ScenarioReport Report { get; set; } = default!;

    /// <summary>Per buurtcode the share (0–1) of sensitivity runs with profile A in which it stayed in the top
    /// k.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, double> StabilityA { get; set; } = new Dictionary<string, double>();

    /// <summary>The same for profile B.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, double> StabilityB { get; set; } = new Dictionary<string, double>();

    private IReadOnlyList<BuurtScenario> Rows(IReadOnlyList<string> codes)
    {
        var byCode = Report.Buurten.ToDictionary(b => b.Code, StringComparer.Ordinal);
        return codes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToArray();
    }
}
