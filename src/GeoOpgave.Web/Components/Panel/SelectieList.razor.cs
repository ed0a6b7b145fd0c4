using GeoOpgave.Core.Selecties;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>The saved selecties: open one on the map, go to its gebiedsagenda, and for planners rename or delete
/// it.</summary>
public sealed partial class SelectieList
{
    private long? _renaming;

    [Parameter, EditorRequired]
    public IReadOnlyList<Selectie> Selecties { get; set; } = [];

    /// <summary>The profile the agenda links use when a selectie names none.</summary>
    [Parameter, EditorRequired]
    public string Profiel { get; set; } = string.Empty;

    /// <summary>Whether rename and delete are offered (planners only).</summary>
    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback<Selectie> OnOpen { get; set; }

    [Parameter]
    public EventCallback<Selectie> OnDelete { get; set; }

    /// <summary>Renames a selectie; returns null when done, otherwise the reason in Dutch.</summary>
    [Parameter]
    public Func<Selectie, string, Task<string?>>? Rename { get; set; }

    private string NewName { get; set; } = string.Empty;

    private string? Error { get; set; }

    private string AgendaHref(Selectie s) =>
        $"agenda?codes={Uri.EscapeDataString(string.Join(',', s.Codes))}&profiel={Uri.EscapeDataString(s.ProfielId ?? Profiel)}";

    private void StartRename(Selectie selectie)
    {
        (_renaming, NewName, Error) = (selectie.Id, selectie.Name, null);
    }

    private async Task RenameAsync(Selectie selectie)
    {
        if (Rename is null)
        {
            return;
        }

        Error = await Rename(selectie, NewName);
        if (Error is null)
        {
            _renaming = null;
        }
    }
}
