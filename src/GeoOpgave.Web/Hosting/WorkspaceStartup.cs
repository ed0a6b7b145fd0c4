using GeoOpgave.Application.Workspace;

namespace GeoOpgave.Web.Hosting;

/// <summary>
/// Migrates the database and loads the demo gemeente into an empty workspace before the server takes requests,
/// so the first page view never meets an empty or outdated database.
/// </summary>
internal sealed class WorkspaceStartup(IServiceScopeFactory scopes, ILogger<WorkspaceStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>();
        await initializer.EnsureReadyAsync(cancellationToken);
        logger.LogInformation("Workspace is ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
