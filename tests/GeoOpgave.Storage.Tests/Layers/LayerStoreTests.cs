using GeoOpgave.Core.Crs;
using GeoOpgave.Core.Layers;
using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Tests.TestSupport;
using GeoOpgave.Storage.Workspace;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GeoOpgave.Storage.Tests.Layers;

/// <summary>The layer storage every provider must have; each derived class runs these against its own engine.</summary>
public abstract partial class LayerStoreTests : MigratedDatabaseTest
{
    [Fact]
    public async Task AddLayerAsync_PointsAndPolygon_ReadsBackGeometryAttributesAndMetadata()
    {
        var store = NewStore();
        LayerFeature[] features =
        [
            new(0, TestAreas.Read("POINT (155000.5 463000.25)"), """{"naam":"Amersfoort","n":3}"""),
            new(2, TestAreas.Read(TestAreas.SquareWithHole), null),
        ];

        var stored = await store.AddLayerAsync(Vector("punten"), features, default);

        var read = await NewStore().GetLayerAsync(stored.Id, default);
        Assert.NotNull(read);
        Assert.Equal("punten", read.Name);
        Assert.Equal(LayerKind.Vector, read.Kind);
        Assert.Equal(2, read.FeatureCount);
        Assert.Equal(Srid.RdNew, read.Srid);
        Assert.Equal(new Envelope(120000, 155000.5, 463000.25, 481000), read.Extent);
        Assert.Equal(2024, read.Year);
        Assert.Equal("""{"bron":"test"}""", read.ReportJson);
        var back = await NewStore().GetFeaturesAsync(stored.Id, default);
        Assert.Equal([0, 2], back.Select(f => f.Index));
        Assert.True(features[0].Geometry.EqualsExact(back[0].Geometry));
        Assert.True(features[1].Geometry.EqualsExact(back[1].Geometry));
        Assert.Equal(Srid.RdNew, back[1].Geometry.SRID);
        Assert.Contains("\"Amersfoort\"", back[0].AttributesJson, StringComparison.Ordinal);
        Assert.Null(back[1].AttributesJson);
    }

    [Fact]
    public async Task AddLayerAsync_FeatureFailsMidway_LeavesNoLayerAndNoRows()
    {
        var store = NewStore();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AddLayerAsync(Vector("kapot"), Points(1000, failAt: 700), default));

        Assert.Empty(await NewStore().ListLayersAsync(default));
        Assert.Equal(0, await CountFeatureRowsAsync());
    }

    [Fact]
    public async Task AddLayerAsync_RetryAfterFailure_StoresEachFeatureOnce()
    {
        var store = NewStore();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AddLayerAsync(Vector("punten"), Points(500, failAt: 400), default));

        var stored = await store.AddLayerAsync(Vector("punten"), Points(500), default);

        Assert.Equal(500, stored.FeatureCount);
        Assert.Equal(500, await CountFeatureRowsAsync());
        Assert.Single(await NewStore().ListLayersAsync(default));
    }

    [Fact]
    public async Task AddLayerAsync_NameTaken_ThrowsAndKeepsTheFirstLayer()
    {
        var store = NewStore();
        await store.AddLayerAsync(Vector("punten"), Points(3), default);

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddLayerAsync(Vector("punten"), Points(5), default));

        var layer = Assert.Single(await NewStore().ListLayersAsync(default));
        Assert.Equal(3, layer.FeatureCount);
        Assert.Equal(3, await CountFeatureRowsAsync());
    }

    [Fact]
    public async Task AddLayerAsync_GeometryInWgs84_ThrowsAndLeavesNothing()
    {
        var store = NewStore();
        LayerFeature[] features = [new(0, TestAreas.Read("POINT (5.38 52.15)", Srid.Wgs84), null)];

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddLayerAsync(Vector("wgs"), features, default));

        Assert.Empty(await NewStore().ListLayersAsync(default));
    }

    [Fact]
    public async Task AddLayerAsync_Raster_StoresTheBytes()
    {
        var store = NewStore();
        byte[] tiff = [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 2, 3];
        var raster = Vector("hitte") with { Kind = LayerKind.Raster, GeometryType = null, RasterData = tiff };

        var stored = await store.AddLayerAsync(raster, [], default);

        Assert.Equal(tiff, await NewStore().GetRasterDataAsync(stored.Id, default));
        Assert.Equal(LayerKind.Raster, (await NewStore().GetLayerAsync(stored.Id, default))!.Kind);
        Assert.Null(await NewStore().GetRasterDataAsync(stored.Id + 1, default));
    }

    [Fact]
    public async Task DeleteLayerAsync_ExistingLayer_RemovesLayerFeaturesAndRaster()
    {
        var store = NewStore();
        var kept = await store.AddLayerAsync(Vector("blijft"), Points(2), default);
        var removed = await store.AddLayerAsync(Vector("weg") with { RasterData = [1, 2, 3] }, Points(4), default);

        Assert.True(await NewStore().DeleteLayerAsync(removed.Id, default));

        Assert.False(await NewStore().DeleteLayerAsync(removed.Id, default));
        Assert.Equal([kept.Id], (await NewStore().ListLayersAsync(default)).Select(l => l.Id));
        Assert.Equal(2, await CountFeatureRowsAsync());
        Assert.Null(await NewStore().GetRasterDataAsync(removed.Id, default));
    }

    [Fact]
    public async Task ListLayersAsync_SeveralLayers_OrderedByNameAndFoundByName()
    {
        var store = NewStore();
        await store.AddLayerAsync(Vector("b"), Points(1), default);
        await store.AddLayerAsync(Vector("B"), Points(1), default);
        await store.AddLayerAsync(Vector("a"), Points(1), default);

        var names = (await NewStore().ListLayersAsync(default)).Select(l => l.Name);

        Assert.Equal(["B", "a", "b"], names);
        Assert.Equal("B", (await NewStore().FindLayerAsync("B", default))?.Name);
        Assert.Null(await NewStore().FindLayerAsync("c", default));
    }

    [Fact]
    public async Task AddLayerAsync_TableWithIndicatorValues_ReplacesValuesOfTheSameKey()
    {
        await using (var context = Factory.CreateDbContext())
        {
            await new WorkspaceStore(context).ReplaceWorkspaceAsync(
                [], [new("BU03630001", "woz", 2024, 100), new("BU03630002", "woz", 2024, 200)], default);
        }

        var table = Vector("woz") with
        {
            Kind = LayerKind.Table,
            GeometryType = null,
            Extent = null,
            FeatureCountOverride = 1,
            IndicatorValues = [new("BU03630001", "woz", 2024, null)],
        };

        var stored = await NewStore().AddLayerAsync(table, [], default);

        await using var check = Factory.CreateDbContext();
        var values = await new WorkspaceStore(check).GetIndicatorValuesAsync(2024, default);
        Assert.Equal([new("BU03630001", "woz", 2024, null), new("BU03630002", "woz", 2024, 200)], values);
        Assert.Equal(1, stored.FeatureCount);
        Assert.Null(stored.Extent);
    }

    [Fact]
    public async Task AddLayersAsync_SecondLayerFails_LeavesNeitherLayer()
    {
        LayerImport[] layers =
        [
            new(Vector("buurten"), Points(10)),
            new(Vector("wegen"), Points(10, failAt: 5)),
        ];

        await Assert.ThrowsAsync<InvalidOperationException>(() => NewStore().AddLayersAsync(layers, default));

        Assert.Empty(await NewStore().ListLayersAsync(default));
        Assert.Equal(0, await CountFeatureRowsAsync());
    }

    protected static NewLayer Vector(string name) =>
        new(
            name,
            LayerKind.Vector,
            "bron.geojson",
            "Point",
            new Envelope(120000, 155000.5, 463000.25, 481000),
            "[]",
            """{"bron":"test"}""",
            2024
        );

    protected static IEnumerable<LayerFeature> Points(int count, int? failAt = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidOperationException($"Feature {i} cannot be read.");
            }

            yield return new LayerFeature(i, TestAreas.Read($"POINT ({100000 + i} {450000 + i})"), $$"""{"i":{{i}}}""");
        }
    }

    protected LayerStore NewStore()
    {
        return new LayerStore(NewContext(), TimeProvider.System);
    }

    protected async Task<int> CountFeatureRowsAsync()
    {
        await using var context = Factory.CreateDbContext();
        return await context.LayerFeatures.CountAsync();
    }
}
