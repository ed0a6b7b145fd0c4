using GeoOpgave.Application.Analysis;
using GeoOpgave.Core.Scoring;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>Prints a <see cref="DiagnosticsReport"/> as two Dutch tables and a list of warnings; numbers in nl-NL
/// notation.</summary>
internal static class DiagnosticsPrinter
{
    public static void Write(IAnsiConsole console, DiagnosticsReport report)
    {
        console.MarkupLine(
            Markup.Escape(
                $"Diagnose van profiel '{report.Profiel.Id}' (versie {Number(report.Profiel.Version)}), buurtindeling {report.Year}: {Number(report.BuurtCount)} buurten."
            )
        );
        var names = report.Opgaven.ToDictionary(o => o.Id, o => o.Naam, StringComparer.Ordinal);
        var opgaven = new Table().AddColumns(
            "Opgave",
            "Urgent (hoog)",
            "Midden",
            "Laag",
            "Onbekend",
            "Buurten met gegevens"
        );
        foreach (var o in report.Opgaven)
        {
            opgaven.AddRow(
                Markup.Escape(o.Naam),
                Percent(o.AandeelHoog),
                Percent(o.AandeelMidden),
                Percent(o.AandeelLaag),
                Percent(o.AandeelOnbekend),
                Number(o.AantalMetGegevens)
            );
        }

        console.Write(opgaven);
        console.MarkupLine(
            "Samen urgent: hoe vaak twee opgaven in dezelfde buurt urgent zijn, tegenover wat bij toeval te verwachten is."
        );
        var paren = new Table().AddColumns(
            "Opgaven",
            "Samen urgent",
            "Verwacht bij toeval",
            "Verhouding",
            "Buurten (beide bekend)"
        );
        foreach (var p in report.Paren)
        {
            paren.AddRow(
                Markup.Escape($"{names[p.A]} + {names[p.B]}"),
                Percent(p.Waargenomen),
                Percent(p.Verwacht),
                p.Lift is { } lift ? lift.ToString("0.0", DutchText.Culture) + "×" : "–",
                Number(p.BuurtenBekend));
        }

        console.Write(paren);
        var ranking = report.Rangschikking;
        console.MarkupLine(
            Markup.Escape(
                $"Percentielen en prioriteit over {ranking.Referentie}: {Number(ranking.Gerangschikt)} buurten gerangschikt, "
                    + $"{Number(ranking.NietGerangschikt.Count)} niet."
                    + (ranking.ZonderPrioriteit > 0
                        ? $" {Number(ranking.ZonderPrioriteit)} gerangschikte buurten hebben geen enkele bekende "
                            + "opgave en dus geen prioriteit."
                        : string.Empty)
            )
        );
        foreach (var b in ranking.NietGerangschikt)
        {
            console.MarkupLine(Markup.Escape($"- {b.Naam} ({b.Code}): niet gerangschikt, {b.Reden}"));
        }

        if (report.Waarschuwingen.Count == 0)
        {
            console.MarkupLine("Geen waarschuwingen.");
            return;
        }

        console.MarkupLine($"[yellow]Waarschuwingen ({Number(report.Waarschuwingen.Count)}):[/]");
        foreach (var w in report.Waarschuwingen)
        {
            console.MarkupLine(Markup.Escape($"- {w.Tekst} [{w.Code}]"));
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0", DutchText.Culture) + " %";

    private static string Number(int n) => n.ToString("N0", DutchText.Culture);
}
