using System.Globalization;
using GeoOpgave.Application.Agenda;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Print;

/// <summary>The Planning section of the printable gebiedsagenda: works, combinations, shifts and conflicts with owners.</summary>
public sealed partial class AgendaPlanningSection
{
    [Parameter, EditorRequired]
    public AgendaPlanning Planning { get; set; } = default!;

    /// <summary>Buurt names by code, to name the buurten of each row.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string> Names { get; set; } = new Dictionary<string, string>();

    private static string Period(AgendaWork work) => work switch
    {
        { Start: null } => "onbekend",
        { Start: var start, Eind: var eind } when eind is null || eind == start => Year(start.Value),
        _ => $"{Year(work.Start!.Value)}–{Year(work.Eind!.Value)}",
    };

    // "Riolering vervangen of aanleggen (gemeente, 2027)": the soort says what, the owner who, the period when.
    private static string Describe(AgendaWork work) =>
        $"{work.Soort}{(work.Naam is null ? null : $" {work.Naam}")} ({work.Eigenaar ?? "eigenaar onbekend"}, {Period(work)})";

    private static string Years(int years) => years == 1 ? "1 jaar" : $"{years.ToString(CultureInfo.InvariantCulture)} jaar";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private string BuurtNames(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => Names.GetValueOrDefault(c) ?? c));
}
