using GeoOpgave.Application.Agenda;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>The indicators of an agenda's area against the average of its gemeente.</summary>
public sealed partial class IndicatorComparison
{
    /// <summary>The agenda whose indicators to compare with the gemeente average.</summary>
    [Parameter, EditorRequired]
    public Gebiedsagenda Agenda { get; set; } = default!;
}
