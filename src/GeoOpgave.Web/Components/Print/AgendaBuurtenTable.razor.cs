using GeoOpgave.Application.Agenda;
using GeoOpgave.Core.Profiles;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Print;

/// <summary>A part of the printable gebiedsagenda.</summary>
public sealed partial class AgendaBuurtenTable
{
    [Parameter, EditorRequired]
    public Gebiedsagenda Agenda { get; set; } = default!;

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;
}
