using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Profiles;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>The first buurten by priority: overlap, then combined score.</summary>
public sealed partial class TopBuurtenTable
{
    [Parameter, EditorRequired]
    public IReadOnlyList<PriorityBuurt> Buurten { get; set; } = [];

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;
}
