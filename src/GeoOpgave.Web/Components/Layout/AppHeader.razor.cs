using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Layout;

/// <summary>The blue page header with the title and the main navigation.</summary>
public sealed partial class AppHeader
{
    /// <summary>The page's heading.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <summary>A line under the heading, e.g. the profile and year.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
