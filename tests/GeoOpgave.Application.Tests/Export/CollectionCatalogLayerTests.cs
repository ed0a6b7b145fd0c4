using GeoOpgave.Application.Export;
using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Selecties;
using GeoOpgave.Storage.Workspace;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoOpgave.Application.Tests.Export;

public sealed class CollectionCatalogLayerTests(DemoWorkspaceFixture workspace) : IClassFixture<DemoWorkspaceFixture>
{
    [Fact]
    public async Task LoadAsync_ImportedVectorLayer_PublishesItsFieldsAndNumbersTheFeatures()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        await AddLayerAsync(scope, "Leidingen Oost", LayerKind.Vector);
        var catalog = CollectionCatalogTests.Catalog(scope);

        var info = await catalog.FindAsync("laag-leidingen-oost", CancellationToken.None);
        var data = await catalog.LoadAsync(info!, null, null, CancellationToken.None);

        Assert.Equal(("Leidingen Oost", "volgnummer", 2024), (info!.Title, info.IdAttribute, info.LayerYear));
        Assert.Equal([1L, 2L], data.Layer.Features.Select(f => f.Attributes["volgnummer"]));
        Assert.Equal(["A", null], data.Layer.Features.Select(f => f.Attributes["naam"]));
        Assert.Equal([2024], data.Years);
    }

    [Fact]
    public async Task LoadAsync_LayerOutsideTheYears_IsEmpty()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        await AddLayerAsync(scope, "oud", LayerKind.Vector);
        var catalog = CollectionCatalogTests.Catalog(scope);

        var data = await catalog.LoadAsync(
            (await catalog.FindAsync("laag-oud", CancellationToken.None))!,
            null,
            new YearRange(2030, null),
            CancellationToken.None
        );

        Assert.Empty(data.Layer.Features);
    }

    [Fact]
    public async Task ListAsync_RasterLayer_IsNoCollection()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        await AddLayerAsync(scope, "hitte-raster", LayerKind.Raster);

        var ids = (await CollectionCatalogTests.Catalog(scope).ListAsync(CancellationToken.None))
            .Select(c => c.Id)
            .ToList();

        Assert.DoesNotContain("laag-hitte-raster", ids);
        Assert.Equal("selecties", ids[^1]);
    }

    [Fact]
    public async Task LoadAsync_Selecties_GeometryIsTheUnionOfTheSelectedWijkAndBuurt()
    {
        await using var scope = workspace.Services.CreateAsyncScope();
        var buurten = await scope
            .ServiceProvider.GetRequiredService<WorkspaceStore>()
            .GetAreasAsync(AreaLevel.Buurt, null, CancellationToken.None);
        var wijk = buurten[0].WijkCode!;
        var other = buurten.First(b => b.WijkCode != wijk);
        await scope.ServiceProvider.GetRequiredService<SelectieStore>()
            .AddAsync("Oost-selectie", "let op", [wijk, other.Code], "standaard", "test", CancellationToken.None);
        var catalog = CollectionCatalogTests.Catalog(scope);

        var data = await catalog.LoadAsync(CollectionCatalog.SelectieCollection, null, null, CancellationToken.None);

        var feature = Assert.Single(data.Layer.Features, f => (string)f.Attributes["naam"] == "Oost-selectie");
        var members = buurten.Where(b => b.WijkCode == wijk || b.Code == other.Code).ToList();
        Assert.Equal(string.Join(';', members.Select(b => b.Code)), feature.Attributes["buurtcodes"]);
        Assert.Equal(members.Sum(b => b.Geometry.Area), feature.Geometry.Area, 0.01 * feature.Geometry.Area);
        Assert.Equal(("let op", "standaard"), (feature.Attributes["notities"], feature.Attributes["profiel"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string)feature.Attributes["gewijzigd"]);
    }

    internal static async Task AddLayerAsync(AsyncServiceScope scope, string name, LayerKind kind)
    {
        const string fields = """[{"name":"naam","type":"text","missing":1}]""";
        var layer = new NewLayer(
            name,
            kind,
            name + ".geojson",
            "LineString",
            new Envelope(155000, 155100, 463000, 463100),
            fields,
            "{}",
            2024
        );
        var reader = new WKTReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 28992));
        LayerFeature[] features =
            kind == LayerKind.Vector
                ?
                [
                    new(0, reader.Read("LINESTRING (155000 463000, 155100 463100)"), """{"naam":"A"}"""),
                    new(1, reader.Read("LINESTRING (155000 463100, 155100 463000)"), null),
                ]
                : [];
        await scope
            .ServiceProvider.GetRequiredService<LayerStore>()
            .AddLayerAsync(layer, features, CancellationToken.None);
    }
}
