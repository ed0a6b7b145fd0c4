using GeoOpgave.Application;
using GeoOpgave.Application.Background;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Tiles;
using Microsoft.AspNetCore.Hosting.Server;

namespace GeoOpgave.Web.Hosting;

/// <summary>
/// Analyses the workspace with the default profiel once the server has started, in the background, and prepares the
/// buurten for tiles, renders the map page once and encodes the tiles the map opens on, so that the first visitor of a
/// national-scale workspace does not wait for the analysis, the projected shapes, the compilation of the page and the
/// first tiles that the map needs.
/// </summary>
internal sealed class CacheWarmup(
    CollectionCache collections,
    TileCache tiles,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<CacheWarmup> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Runs after WorkspaceStartup (registered before it), so the schema is current and the workspace filled.
        await Task.Yield();
        var buurten = CollectionCatalog.AreaCollections.Single(c => c.Id == CollectionCatalog.Buurten);
        try
        {
            var published = await collections.GetAsync(buurten, profiel: null, years: null, stoppingToken);
            var opening = OpeningTiles.Of(TileSnapshot.Of(published).Extent);
            var page = await WarmPageAsync(stoppingToken);
            await BackgroundWork.Run(
                () =>
                {
                    foreach (var address in opening)
                    {
                        stoppingToken.ThrowIfCancellationRequested();
                        tiles.Tile(published, address);
                    }
                },
                stoppingToken
            );

            logger.LogInformation(
                "Analysis cache warmed: {Count} buurten, {Tiles} tiles, map page {Page}",
                published.Data.Layer.Features.Count,
                opening.Count,
                page ? "rendered" : "not rendered"
            );
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the warm-up finished.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a head start: the first request builds the same analysis again and reports whatever fails then. A
            // refusal of the application (an empty workspace) is no warning: the pages show it to the user themselves.
            if (e is GeoOpgaveException)
            {
                logger.LogInformation("Analysis cache not warmed: {Message}", e.Message);
            }
            else
            {
                logger.LogWarning(e, "Analysis cache not warmed");
            }
        }
    }

    private async Task<bool> WarmPageAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The server's addresses are known once it listens.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            return await PageWarmup.RequestAsync(server, stoppingToken);
        }
        catch (Exception e)
            when (e is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            // A head start only: the first visitor renders the page as it would have without it.
            logger.LogInformation("Map page not warmed: {Message}", e.Message);
            return false;
        }
    }
}
