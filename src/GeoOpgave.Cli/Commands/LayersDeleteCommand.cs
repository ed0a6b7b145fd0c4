using GeoOpgave.Application.Layers;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave layers delete NAAM</c>: removes a layer with its features; exit 2 when there is no such
/// layer.</summary>
public sealed class LayersDeleteCommand(IAnsiConsole console) : WorkspaceCommand<LayersDeleteSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        LayersDeleteSettings settings,
        CancellationToken cancellationToken
    )
    {
        if (
            await services.GetRequiredService<LayerService>().DeleteAsync(settings.Name, cancellationToken)
        )
        {
            console.MarkupLine($"[green]Laag verwijderd:[/] {Markup.Escape(settings.Name)}.");
            return ExitCodes.Success;
        }

        console.MarkupLine(
            $"[red]Fout:[/] er is geen laag '{Markup.Escape(settings.Name)}'. Zie [blue]geoopgave layers[/]."
        );
        return ExitCodes.InputRejected;
    }
}
