using GeoOpgave.Application.Export;
using GeoOpgave.Core.Layers;

namespace GeoOpgave.Application.Tests.Export;

public sealed class LayerCollectionsTests
{
    [Theory]
    [InlineData("Warmtenet Demodam", "warmtenet-demodam")]
    [InlineData("hittestress (°C) 2024", "hittestress-c-2024")]
    [InlineData("Één_laag", "een_laag")]
    [InlineData("***", "laag")]
    public void Slug_Name_IsLowerCaseAndUrlSafe(string name, string expected)
    {
        Assert.Equal(expected, LayerCollections.Slug(name));
    }

    [Fact]
    public void Describe_TwoNamesWithTheSameSlug_BothGetTheirLayerId()
    {
        var layers = new[]
        {
            Layer(7, "A b", LayerKind.Vector),
            Layer(9, "a-b", LayerKind.Vector),
            Layer(10, "c", LayerKind.Vector),
        };

        var ids = LayerCollections.Describe(layers).Select(c => c.Id);

        Assert.Equal(["laag-a-b-7", "laag-a-b-9", "laag-c"], ids);
    }

    [Fact]
    public void Describe_RasterAndTable_AreLeftOut()
    {
        var layers = new[]
        {
            Layer(1, "hitte", LayerKind.Raster),
            Layer(2, "tabel", LayerKind.Table),
            Layer(3, "zones", LayerKind.Vector),
        };

        var collection = Assert.Single(LayerCollections.Describe(layers));

        Assert.Equal(("laag-zones", CollectionKind.Layer, 3L), (collection.Id, collection.Kind, collection.LayerId));
    }

    private static ImportedLayer Layer(long id, string name, LayerKind kind) =>
        new(
            id,
            name,
            kind,
            name + ".gpkg",
            28992,
            kind == LayerKind.Vector ? "Polygon" : null,
            1,
            null,
            "[]",
            "{}",
            null,
            DateTimeOffset.UnixEpoch
        );
}
