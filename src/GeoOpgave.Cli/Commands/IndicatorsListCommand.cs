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
            console.MarkupLine(
                "Er zijn nog geen indicatoren uit lagen berekend. Gebruik [blue]geoopgave indicators compute[/]."
            );
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
}
