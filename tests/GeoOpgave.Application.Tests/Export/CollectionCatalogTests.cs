using GeoOpgave.Application.Analysis;
using GeoOpgave.Application.Export;
using GeoOpgave.Application.Profiles;
using GeoOpgave.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

public sealed class CollectionCatalogTests(DemoWorkspaceFixture workspace) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task LoadAsync_Gemeenten_ReturnsTheDemoGemeenteOfTheLatestYear()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope).LoadAsync(CollectionCatalog.Find("gemeenten")!, null, null, CancellationToken.None);

        var feature = Assert.Single(data.Layer.Features);
        Assert.Equal("GM9999", feature.Attributes["gemeentecode"]);
        Assert.Equal([2024], data.Years);
        Assert.Equal(28992, data.Layer.Srid);
    }

    [Fact]
    public async Task LoadAsync_BuurtenWithProfiel_CarriesTheAnalysis()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope).LoadAsync(CollectionCatalog.Find("buurten")!, "standaard", null, CancellationToken.None);

        Assert.InRange(data.Layer.Features.Count, 40, 60);
        Assert.All(data.Layer.Features, f => Assert.Equal("standaard", f.Attributes["profiel"]));
        Assert.All(data.Layer.Features, f => Assert.InRange((long)f.Attributes["overlap"], 0, 4));
    }

    [Fact]
    public async Task LoadAsync_YearsWithoutData_ReturnsAnEmptyLayer()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var data = await Catalog(scope).LoadAsync(CollectionCatalog.Find("wijken")!, null, new YearRange(2030, null), CancellationToken.None);

        Assert.Empty(data.Layer.Features);
        Assert.Empty(data.Years);
    }

    [Fact]
    public async Task LoadAsync_UnknownProfiel_ThrowsWithCode()
    {
        await using var scope = workspace.Services.CreateAsyncScope();

        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() =>
            Catalog(scope).LoadAsync(CollectionCatalog.Find("buurten")!, "bestaat-niet", null, CancellationToken.None));

        Assert.Equal("profiel-onbekend", e.Code);
    }

    [Fact]
    public void Find_UnknownCollection_ReturnsNull()
    {
        Assert.Null(CollectionCatalog.Find("provincies"));
    }

    private static CollectionCatalog Catalog(AsyncServiceScope scope) => new(
        scope.ServiceProvider.GetRequiredService<WorkspaceStore>(),
        scope.ServiceProvider.GetRequiredService<AnalysisService>(),
        scope.ServiceProvider.GetRequiredService<ProfileCatalog>());
}
