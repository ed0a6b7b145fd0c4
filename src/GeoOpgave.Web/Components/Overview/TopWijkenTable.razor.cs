using GeoOpgave.Application.Analysis;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>The wijken where most inhabitants live in buurten with two or more urgent opgaven.</summary>
public sealed partial class TopWijkenTable
{
    [Parameter, EditorRequired]
    public IReadOnlyList<AreaRollUpSummary> Wijken { get; set; } = [];

    /// <summary>The profile id the agenda links carry.</summary>
    [Parameter, EditorRequired]
    public string Profiel { get; set; } = string.Empty;
}
