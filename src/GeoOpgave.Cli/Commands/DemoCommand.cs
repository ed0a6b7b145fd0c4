using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.Core.Areas;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave demo</c>: fills the workspace with the demo municipality, replacing what was there.</summary>
public sealed class DemoCommand(IAnsiConsole console) : WorkspaceCommand<WorkspaceSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        var content = await services
            .GetRequiredService<WorkspaceInitializer>()
            .LoadDemoAsync(cancellationToken);
        var count = (AreaLevel level) => content.Areas.Count(a => a.Level == level);
        console.MarkupLine(
            $"[green]Demo geladen:[/] {count(AreaLevel.Gemeente)} gemeente, {count(AreaLevel.Wijk)} wijken, " +
            $"{count(AreaLevel.Buurt)} buurten, {content.ValueCount} indicatorwaarden.");
        return ExitCodes.Success;
    }
}
