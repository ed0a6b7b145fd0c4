using GeoOpgave.Application.Agenda;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Panel;

/// <summary>The Dutch explanation sentences of an agenda: why each opgave is (not) urgent where.</summary>
public sealed partial class AgendaExplanations
{
    /// <summary>The agenda whose explanations to show: one Dutch sentence per opgave and buurt.</summary>
    [Parameter, EditorRequired]
    public Gebiedsagenda Agenda { get; set; } = default!;

    /// <summary>At most this many sentences per opgave (a wijk can have many urgent buurten).</summary>
    [Parameter]
    public int PerOpgave { get; set; } = int.MaxValue;

    private IEnumerable<(string Opgave, string Class, string Sentence)> Sentences => Agenda.Opgaven
        .SelectMany(o => o.Explanations.Take(PerOpgave).Select(e => (o.Id, e.Class, e.Sentence)));
}
