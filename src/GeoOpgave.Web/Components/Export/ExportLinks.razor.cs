using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Export;

/// <summary>Download links as buttons; <c>download</c> makes the browser save the file instead of opening it.</summary>
public sealed partial class ExportLinks
{
    [Parameter, EditorRequired]
    public IReadOnlyList<ExportLink> Links { get; set; } = [];
}
