using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests;

/// <summary>Writes to a test workspace the way another process (the CLI) would: its own context factory, no
/// DI.</summary>
public static class WorkspaceWrites
{
    /// <summary>Renames one buurt of the latest year, keeping everything else.</summary>
    public static async Task RenameBuurtAsync(IServiceProvider services, string code, string name)
    {
        var options = services.GetRequiredService<StorageOptions>();
        await using var db = new GeoOpgaveDbContextFactory(options).CreateDbContext();
        var store = new WorkspaceStore(db);
        var areas = new List<Area>();
        foreach (var level in new[] { AreaLevel.Gemeente, AreaLevel.Wijk, AreaLevel.Buurt })
        {
            areas.AddRange(await store.GetAreasAsync(level, null, CancellationToken.None));
        }

        var values = await store.GetIndicatorValuesAsync(areas[0].Year, CancellationToken.None);
        var edited = areas.Select(a => a.Code == code ? a with { Name = name } : a).ToList();
        await store.ReplaceWorkspaceAsync(edited, values, CancellationToken.None);
    }
}
