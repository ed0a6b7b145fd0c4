using GeoOpgave.Application.Export;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

public sealed class CollectionCatalogTests(DemoWorkspaceFixture workspace) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task LoadAsync_Gemeenten_ReturnsTheDemoGemeenteOfTheLatestYear()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope).LoadAsync(Area("gemeenten"), null, null, CancellationToken.None);

        var feature = Assert.Single(data.Layer.Features);
        Assert.Equal("GM9999", feature.Attributes["gemeentecode"]);
        Assert.Equal([2024], data.Years);
        Assert.Equal(28992, data.Layer.Srid);
    }

    [Fact]
    public async Task LoadAsync_BuurtenWithProfiel_CarriesTheAnalysis()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope).LoadAsync(Area("buurten"), "standaard", null, CancellationToken.None);

        Assert.InRange(data.Layer.Features.Count, 40, 60);
        Assert.All(data.Layer.Features, f => Assert.Equal("standaard", f.Attributes["profiel"]));
        Assert.All(data.Layer.Features, f => Assert.InRange((long)f.Attributes["overlap"], 0, 4));
    }

    [Fact]
    public async Task LoadAsync_YearsWithoutData_ReturnsAnEmptyLayer()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope)
            .LoadAsync(Area("wijken"), null, new YearRange(2030, null), CancellationToken.None);

        Assert.Empty(data.Layer.Features);
        Assert.Empty(data.Years);
    }

    [Fact]
    public async Task LoadAsync_UnknownProfiel_ThrowsWithCode()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            Catalog(scope).LoadAsync(Area("buurten"), "bestaat-niet", null, CancellationToken.None));

        Assert.Equal("profiel-onbekend", e.Code);
    }

    [Theory]
    [InlineData("provincies")]
    [InlineData("laag-bestaat-niet")]
    public async Task FindAsync_UnknownCollection_ReturnsNull(string id)
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        Assert.Null(await Catalog(scope).FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_DemoWorkspace_ListsTheAreasWerkenTheVectorLayersThenSelecties()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var ids = (await Catalog(scope).ListAsync(CancellationToken.None)).Select(c => c.Id);

        // The demo's layers are stored layers; the raster (hittestress) is no feature collection.
        Assert.Equal(
            [
                "gemeenten",
                "wijken",
                "buurten",
                "werken",
                "laag-energielabels_demodam",
                "laag-grp_riolering_demodam",
                "laag-herinrichting_demodam",
                "laag-renovatie_corporatie_demodam",
                "laag-warmtenet_demodam",
                "laag-warmtenet_uitbreiding_demodam",
                "laag-wateroverlast_zones_demodam",
                "selecties",
            ],
            ids);
    }

    internal static CollectionCatalog Catalog(AsyncServiceScope scope) =>
        ActivatorUtilities.CreateInstance<CollectionCatalog>(scope.ServiceProvider);

    private static FeatureCollectionInfo Area(string id) => CollectionCatalog.AreaCollections.Single(c => c.Id == id);
}
