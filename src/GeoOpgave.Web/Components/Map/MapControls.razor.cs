using GeoOpgave.Core.Profiles;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Map;

/// <summary>The choices of what the map shows: theme, class method, palette and manual breaks.</summary>
public sealed partial class MapControls
{
    [Parameter, EditorRequired]
    public MapSettings Settings { get; set; } = MapSettings.Default;

    /// <summary>The opgaven of the profile, each a theme of its own.</summary>
    [Parameter]
    public IReadOnlyList<OpgaveDefinition> Opgaven { get; set; } = [];

    /// <summary>Why the manual breaks were refused, in Dutch; null when they are fine.</summary>
    [Parameter]
    public string? BreaksError { get; set; }

    [Parameter]
    public EventCallback<MapSettings> SettingsChanged { get; set; }

    private bool IsOverlap => string.Equals(Settings.Thema, MapSettings.OverlapThema, StringComparison.Ordinal);

    private static string Text(ChangeEventArgs e) => e.Value?.ToString() ?? string.Empty;

    private Task Change(MapSettings settings) => SettingsChanged.InvokeAsync(settings);
}
