using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>The buurten picked with shift-click and the link to their combined gebiedsagenda.</summary>
public sealed partial class SelectieBar
{
    /// <summary>The buurtcodes picked with shift-click, in the order they were picked.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Codes { get; set; } = [];

    [Parameter, EditorRequired]
    public string Profiel { get; set; } = string.Empty;

    [Parameter]
    public EventCallback OnClear { get; set; }

    private string Href =>
        $"agenda?codes={Uri.EscapeDataString(string.Join(',', Codes))}&profiel={Uri.EscapeDataString(Profiel)}";
}
