using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Export;

/// <summary>
/// Downloads of the buurten with the analysis of the current profiel: plain links to <c>/api/exports</c>, so the
/// browser saves the file itself (and the server audits it) without a round trip through the circuit.
/// </summary>
public sealed partial class ExportMenu
{
    /// <summary>The profile id of the analysis on the map.</summary>
    [Parameter, EditorRequired]
    public string Profiel { get; set; } = string.Empty;
}
