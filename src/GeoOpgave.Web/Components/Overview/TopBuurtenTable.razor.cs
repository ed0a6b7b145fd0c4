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

    private string OpgaveNames(IEnumerable<string> ids) =>
        string.Join(
            " + ",
            ids.Select(id =>
                Profile.Opgaven.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal))?.Name ?? id
            )
        );
}
