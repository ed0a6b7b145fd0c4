using System.Globalization;
using GeoOpgave.Application.Indicators;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave indicators list</c>: the derived indicators with their provenance (layer, method, engine,
/// time).</summary>
public sealed class IndicatorsListCommand(IAnsiConsole console) : WorkspaceCommand<IndicatorsListSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        IndicatorsListSettings settings,
        CancellationToken cancellationToken
    )
    {
        var provenance = await services
            .GetRequiredService<IndicatorComputeService>()
            .ListProvenanceAsync(settings.Year, cancellationToken);
        if (provenance.Count == 0)
        {
            var sources = await services.GetRequiredService<IndicatorValueSources>().ListAsync(cancellationToken);
            WriteNothingComputed(sources);
            return ExitCodes.Success;
        }

        var table = new Table()
            .AddColumn("Indicator")
            .AddColumn("Jaar")
            .AddColumn("Laag")
            .AddColumn("Methode")
            .AddColumn("Engine")
            .AddColumn("Berekend (UTC)");
        foreach (var p in provenance)
        {
            table.AddRow(
                Markup.Escape(p.IndicatorId),
                p.Year.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(p.LayerName),
                Markup.Escape(p.Method),
                p.Engine,
                p.ComputedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return ExitCodes.Success;
    }

    // A user who looks here for where a kaart's or table's figures came from learns where they did, and where to look.
    private void WriteNothingComputed(IReadOnlyList<(string Source, int Count)> sources)
    {
        if (sources.Count == 0)
        {
            console.MarkupLine(
                "Er zijn nog geen indicatoren uit lagen berekend. Gebruik [blue]geoopgave indicators compute[/]."
            );
            return;
        }

        var held = sources
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Source} ({s.Count} waarden)"))
            .ToList();
        var list = held.Count == 1 ? held[0] : $"{string.Join(", ", held[..^1])} en {held[^1]}";
        console.MarkupLine(Markup.Escape(
            "Er zijn nog geen indicatoren uit lagen berekend; 'indicators list' toont alleen indicatoren die uit een "
                + "laag berekend zijn, met laag, methode en engine."));
        console.MarkupLine(Markup.Escape(
            $"De waarden in de werkruimte komen uit {list}; 'geoopgave status' zegt per indicator in welke buurten "
                + "een waarde ontbreekt en waar die te halen is."));
        console.MarkupLine("Bereken indicatoren uit lagen met [blue]geoopgave indicators compute[/].");
    }
}
