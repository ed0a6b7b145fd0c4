using GeoOpgave.Application.Analysis;
using GeoOpgave.Web.Components.Panel;
using Microsoft.AspNetCore.Components;

namespace GeoOpgave.Web.Components.Overview;

/// <summary>
/// The diagnostics of an analysis for a bestuurder: how often each opgave is urgent, how often two opgaven are urgent
/// together against what chance would give, and the warnings, all in plain Dutch.
/// </summary>
public sealed partial class DiagnosticsPanel
{
    [Parameter, EditorRequired]
    public DiagnosticsReport Report { get; set; } = default!;

    private string Name(string id) =>
        Report.Opgaven.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal))?.Naam ?? id;

    private static string Buurten(double count)
    {
        var rounded = Math.Round(count, 1);
        return $"{DutchFormat.Number(rounded)} {(rounded == 1 ? "buurt" : "buurten")}";
    }

    private static string Lift(double? lift) => lift is { } l ? $"{DutchFormat.Number(Math.Round(l, 1))} ×" : "–";
}
