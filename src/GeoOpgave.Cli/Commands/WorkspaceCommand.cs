using GeoOpgave.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace GeoOpgave.Cli.Commands;

/// <summary>
/// A command that works on the workspace: it runs in a scope of the services <c>--db</c> names, built afresh for
/// the one command and disposed when it ends.
/// </summary>
public abstract class WorkspaceCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : WorkspaceSettings
{
    public sealed override async Task<int> ExecuteAsync(
        CommandContext context,
        TSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        return await CliServices.InScopeAsync(settings.Db, services => RunAsync(services, settings, cancellationToken));
    }

    /// <summary>The command's work with the scope's services; returns the exit code.</summary>
    protected abstract Task<int> RunAsync(
        IServiceProvider services,
        TSettings settings,
        CancellationToken cancellationToken
    );
}
