using GeoOpgave.Application.Agenda;
using GeoOpgave.Core.Profiles;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Print;

/// <summary>A part of the printable gebiedsagenda.</summary>
public sealed partial class AgendaKoppelkansen
{
    [Parameter, EditorRequired]
    public Gebiedsagenda Agenda { get; set; } = default!;

    [Parameter, EditorRequired]
    public Profile Profile { get; set; } = default!;

    /// <summary>Buurt names by code, to name the buurten where a koppelkans applies.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Names { get; set; } = new Dictionary<string, string>();
}
