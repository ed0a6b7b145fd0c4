using GeoOpgave.Storage;
using Microsoft.Extensions.Options;

namespace GeoOpgave.Application.Workspace;

/// <summary>
/// Makes a workspace ready to use: brings the database schema up to date and, when it holds no areas
/// yet, loads the demo municipality — so the embedded default needs no set-up at all.
/// </summary>
public sealed class WorkspaceInitializer(WorkspaceStore store, IOptions<GeoOpgaveOptions> options)
{
    /// <returns>True when the demo was loaded now.</returns>
    public async Task<bool> EnsureReadyAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        if (await store.HasAreasAsync(cancellationToken))
        {
            return false;
        }

        await LoadDemoAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces the workspace's areas and indicator values with the demo municipality.</summary>
    public async Task<WorkspaceContent> LoadDemoAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        var content = DemoLoader.Load(Path.Combine(options.Value.ResolveDataDirectory(), "demo"));
        await store.ReplaceWorkspaceAsync(content.Areas, content.Values, cancellationToken);
        return content;
    }
}
