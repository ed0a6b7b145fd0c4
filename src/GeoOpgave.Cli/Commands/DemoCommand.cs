using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using GeoOpgave.Core.Areas;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary><c>geoopgave demo</c>: fills the workspace with the demo municipality, replacing what was there.</summary>
public sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<WorkspaceSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var services = CliServices.Build(settings.Db);
        await using var scope = services.CreateAsyncScope();
        var content = await scope
            .ServiceProvider.GetRequiredService<WorkspaceInitializer>()
            .LoadDemoAsync(cancellationToken);
        var count = (AreaLevel level) => content.Areas.Count(a => a.Level == level);
        console.MarkupLine(
            $"[green]Demo geladen:[/] {count(AreaLevel.Gemeente)} gemeente, {count(AreaLevel.Wijk)} wijken, " +
            $"{count(AreaLevel.Buurt)} buurten, {content.ValueCount} indicatorwaarden.");
        return ExitCodes.Success;
    }
}
