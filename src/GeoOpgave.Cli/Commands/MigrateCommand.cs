using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave migrate</c>: brings the workspace's schema up to date, for an administrator who upgrades before the
/// web host starts (the host also migrates once at start-up, never per request).
/// </summary>
public sealed class MigrateCommand(IAnsiConsole console) : WorkspaceCommand<WorkspaceSettings>
{
    protected override async Task<int> RunAsync(
        IServiceProvider services,
        WorkspaceSettings settings,
        CancellationToken cancellationToken
    )
    {
        if (
            await services.GetRequiredService<WorkspaceInitializer>().MigrateAsync(cancellationToken) is
            { } cleared
        )
        {
            console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(cleared)}");
        }

        console.MarkupLine("[green]De database is bijgewerkt[/] naar het schema van deze versie.");
        return ExitCodes.Success;
    }
}
