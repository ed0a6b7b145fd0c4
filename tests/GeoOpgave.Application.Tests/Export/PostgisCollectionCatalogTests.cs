using GeoOpgave.Application.Export;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

/// <summary>Layer collections on PostGIS, where the attributes are jsonb (keys reordered, numbers
/// normalised).</summary>
public sealed class PostgisCollectionCatalogTests(PostgisDemoWorkspaceFixture workspace)
    : IClassFixture<PostgisDemoWorkspaceFixture>
{
    [Fact]
    public async Task LoadAsync_LayerOnPostgis_PublishesTheSameFeaturesAsOnSqlite()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        await CollectionCatalogLayerTests.AddLayerAsync(scope, "Leidingen PG", LayerKind.Vector);
        var catalog = CollectionCatalogTests.Catalog(scope);

        var info = await catalog.FindAsync("laag-leidingen-pg", CancellationToken.None);
        var data = await catalog.LoadAsync(info!, null, null, CancellationToken.None);

        Assert.Equal([1L, 2L], data.Layer.Features.Select(f => f.Attributes["volgnummer"]));
        Assert.Equal(["A", null], data.Layer.Features.Select(f => f.Attributes["naam"]));
        Assert.All(data.Layer.Features, f => Assert.Equal(28992, f.Geometry.SRID));
    }
}
