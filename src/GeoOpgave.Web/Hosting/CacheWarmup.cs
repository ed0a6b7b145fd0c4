using GeoOpgave.Application;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Tiles;

namespace GeoOpgave.Web.Hosting;

/// <summary>
/// Analyses the workspace with the default profiel once the server has started, in the background, and prepares the
/// buurten for tiles, so that the first visitor of a national-scale workspace does not wait for the analysis and the
/// projected shapes that the map and its tiles need.
/// </summary>
internal sealed class CacheWarmup(CollectionCache collections, ILogger<CacheWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Runs after WorkspaceStartup (registered before it), so the schema is current and the workspace filled.
        await Task.Yield();
        var buurten = CollectionCatalog.AreaCollections.Single(c => c.Id == CollectionCatalog.Buurten);
        try
        {
            var published = await collections.GetAsync(buurten, profiel: null, years: null, stoppingToken);
            TileSnapshot.Of(published);
            logger.LogInformation("Analysis cache warmed: {Count} buurten", published.Data.Layer.Features.Count);
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
}
