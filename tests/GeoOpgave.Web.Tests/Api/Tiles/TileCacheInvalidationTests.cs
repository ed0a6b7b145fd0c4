using System.Net;
using GeoOpgave.Core.Areas;
using GeoOpgave.Storage.Configuration;
using GeoOpgave.Storage.Context;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Web.Tests.Api.Tiles;

/// <summary>After an edit of the data a tile must change at once: no stale tile from the cache, no 304 for the old
/// ETag.</summary>
public sealed class TileCacheInvalidationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetTileAndItem_AfterTheWorkspaceChanges_ServeTheNewContentWithANewETag(bool byAnotherProcess)
    {
        using var factory = new GeoOpgaveWebFactory();
        using var client = factory.CreateClient();
        var url = new Uri(TileEndpointsTests.Url(TileEndpointsTests.Centre14), UriKind.Relative);
        using var before = await client.GetAsync(url);
        var renamed = await RenameFirstBuurtAsync(factory, byAnotherProcess, "Hernoemde buurt");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(request);
        var item = await client.GetStringAsync(new Uri($"/ogc/collections/buurten/items/{renamed}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var names = TestTiles
            .Decode(await after.Content.ReadAsByteArrayAsync(), TileEndpointsTests.Centre14)
            .ToDictionary(
                f => (string)f.Attributes["buurtcode"],
                f => (string)f.Attributes["buurtnaam"],
                StringComparer.Ordinal
            );
        Assert.Equal("Hernoemde buurt", names[renamed]);
        Assert.Contains("Hernoemde buurt", item, StringComparison.Ordinal);
    }

    // Through the web app's own services, or as the CLI would: its own context on the same database, nothing shared.
    private static async Task<string> RenameFirstBuurtAsync(
        GeoOpgaveWebFactory factory,
        bool byAnotherProcess,
        string name
    )
    {
        if (byAnotherProcess)
        {
            var options = StorageOptions.FromConnectionString($"Data Source={factory.DatabasePath}");
            await using var db = new GeoOpgaveDbContextFactory(options).CreateDbContext();
            return await RenameFirstBuurtAsync(new WorkspaceStore(db), name);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        return await RenameFirstBuurtAsync(scope.ServiceProvider.GetRequiredService<WorkspaceStore>(), name);
    }

    // Renames the buurt nearest the tile's centre (so it is in the tile) and returns its code.
    private static async Task<string> RenameFirstBuurtAsync(WorkspaceStore store, string name)
    {
        var areas = new List<Area>();
        foreach (var level in new[] { AreaLevel.Gemeente, AreaLevel.Wijk, AreaLevel.Buurt })
        {
            areas.AddRange(await store.GetAreasAsync(level, null, CancellationToken.None));
        }

        var centre = GeoOpgave.Core.Crs.GeometryTransformer.Wgs84ToRdNew.Transform(5.388, 51.984);
        var target = areas
            .Where(a => a.Level == AreaLevel.Buurt)
            .OrderBy(a =>
                a.Geometry.Centroid.Distance(
                    a.Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(centre.X, centre.Y))
                )
            )
            .First();
        var values = await store.GetIndicatorValuesAsync(target.Year, CancellationToken.None);
        var edited = areas.Select(a => a.Code == target.Code ? a with { Name = name } : a).ToList();
        await store.ReplaceWorkspaceAsync(edited, values, CancellationToken.None);
        return target.Code;
    }
}
