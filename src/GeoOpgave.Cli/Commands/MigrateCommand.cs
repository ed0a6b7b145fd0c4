using GeoOpgave.Application.Workspace;
using GeoOpgave.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// <c>geoopgave migrate</c>: brings the workspace's schema up to date, for an administrator who upgrades before the
/// web host starts (the host also migrates once at start-up, never per request).
/// </summary>
public sealed class MigrateCommand(IAnsiConsole console) : AsyncCommand<WorkspaceSettings>
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
        if (
            await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().MigrateAsync(cancellationToken) is
            { } cleared
        )
        {
            console.MarkupLine($"[yellow]Let op:[/] {Markup.Escape(cleared)}");
        }

        console.MarkupLine("[green]De database is bijgewerkt[/] naar het schema van deze versie.");
        return ExitCodes.Success;
    }
}
