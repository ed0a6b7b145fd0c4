using GeoOpgave.Application.Agenda;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Print;

/// <summary>The Planning section of the printable gebiedsagenda: works, combinations, shifts and conflicts with
/// owners.</summary>
public sealed partial class AgendaPlanningSection
{
    [Parameter, EditorRequired]
    public AgendaPlanning Planning { get; set; } = default!;

    /// <summary>Buurt names by code, to name the buurten of each row.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Names { get; set; } = new Dictionary<string, string>();

    private string BuurtNames(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => Names.GetValueOrDefault(c) ?? c));
}
