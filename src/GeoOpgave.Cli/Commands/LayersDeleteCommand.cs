using GeoOpgave.Application.Layers;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave layers delete NAAM</c>: removes a layer with its features; exit 2 when there is no such
/// layer.</summary>
public sealed class LayersDeleteCommand(IAnsiConsole console) : AsyncCommand<LayersDeleteSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        LayersDeleteSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        if (
            await scope.ServiceProvider.GetRequiredService<LayerService>().DeleteAsync(settings.Name, cancellationToken)
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
