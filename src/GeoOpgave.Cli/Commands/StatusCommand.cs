using System.Globalization;
using GeoOpgave.Application.Status;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave status</c>: per opgave how many buurten are scored, and which indicators are missing
/// where.</summary>
public sealed class StatusCommand(IAnsiConsole console) : WorkspaceCommand<StatusSettings>
{
    private const int ShownCodes = 5;

    protected override async Task<int> RunAsync(
        IServiceProvider services,
        StatusSettings settings,
        CancellationToken cancellationToken
    )
    {
        var status = await services
            .GetRequiredService<StatusService>()
            .GetAsync(settings.Profiel, settings.Year, cancellationToken);
        console.MarkupLine(
            Invariant(
                $"Profiel [blue]{Markup.Escape(status.Profiel)}[/], buurtindeling {status.Year}: {status.Buurten} buurten; waarden tot {status.MaximumAgeYears} jaar oud tellen mee."
            )
        );
        if (status.NotRanked > 0)
        {
            console.MarkupLine(
                Invariant(
                    $"{status.NotRanked} buurten niet gerangschikt (bijna geen inwoners en woningen, of grotendeels water); de scores tellen over de andere."
                )
            );
        }

        foreach (var gap in status.GemeentenLeftOut)
        {
            console.MarkupLine("[yellow]Niet in de analyse:[/] " + Markup.Escape(gap.Message));
        }

        var opgaven = new Table().AddColumn("Opgave").AddColumn("Buurten met een score").AddColumn(string.Empty);
        foreach (var o in status.Opgaven)
        {
            var warning = o.Incomplete ? "[yellow]onvolledig: minder dan 80 % van de buurten[/]" : string.Empty;
            opgaven.AddRow(
                Markup.Escape(o.Name),
                Invariant($"{o.Scored} van {o.Buurten} ({o.Share * 100:0} %)"),
                warning
            );
        }

        console.Write(opgaven);
        var missing = status.Missing.ToList();
        if (missing.Count == 0)
        {
            console.MarkupLine("Elke indicator van het profiel heeft een waarde in elke buurt.");
            return ExitCodes.Success;
        }

        console.MarkupLine("Ontbrekende indicatoren:");
        foreach (var i in missing)
        {
            var codes =
                string.Join(", ", i.MissingBuurten.Take(ShownCodes))
                + (i.MissingBuurten.Count > ShownCodes ? ", …" : string.Empty);
            console.MarkupLine(
                Markup.Escape(
                    Invariant(
                        $"- {i.Name} ({i.Id}; {string.Join(", ", i.Opgaven)}): ontbreekt in {i.MissingBuurten.Count} van {i.Buurten} buurten ({codes})."
                    )
                )
            );
            if (i.Obtain is { } obtain)
            {
                console.MarkupLine("  Bron: " + Markup.Escape(obtain) + ".");
            }

            if (i.Layer is { } layer)
            {
                console.MarkupLine(
                    "  "
                        + Markup.Escape(
                            $"Wordt berekend uit een laag (zonder koppeling de laag '{layer}', zoals de demo die heeft): koppel uw eigen laag met 'geoopgave indicators bind --layer NAAM {i.Id}' en draai 'geoopgave indicators compute'."
                        )
                );
            }
        }

        return ExitCodes.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
