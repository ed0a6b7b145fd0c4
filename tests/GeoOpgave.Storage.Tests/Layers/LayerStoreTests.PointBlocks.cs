using System.Text;
using System.Text.Json;
using GeoOpgave.Storage.Layers;

namespace GeoOpgave.Storage.Tests.Layers;

/// <summary>The columnar point path (<see cref="LayerImport.PointBlocks"/>), on every provider.</summary>
public abstract partial class LayerStoreTests
{
    [Fact]
    public async Task AddLayersAsync_PointBlocks_ReadBackAsPointsWithAttributes()
    {
        var import = new LayerImport(Vector("blokken"), []) { PointBlocks = Blocks(5, blockRows: 2) };

        var stored = (await NewStore().AddLayersAsync([import], default)).Single();
        var features = await NewStore().GetFeaturesAsync(stored.Id, default);

        Assert.Equal(5, stored.FeatureCount);
        Assert.Equal([0, 1, 2, 3, 4], features.Select(f => f.Index));
        Assert.Equal("POINT (100003.5 450003.25)", features[3].Geometry.AsText());
        Assert.Equal(28992, features[3].Geometry.SRID);
        using var attributes = JsonDocument.Parse(features[3].AttributesJson!);
        Assert.Equal(
            (3, "Café 3"),
            (attributes.RootElement.GetProperty("i").GetInt32(), attributes.RootElement.GetProperty("naam").GetString())
        );
        Assert.Null(features[4].AttributesJson);
    }

    [Fact]
    public async Task AddLayersAsync_PointBlocksThrowMidway_LeaveNoLayerAndNoRows()
    {
        var import = new LayerImport(Vector("kapot"), []) { PointBlocks = Blocks(10, blockRows: 3, failAtBlock: 2) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => NewStore().AddLayersAsync([import], default));

        Assert.Empty(await NewStore().ListLayersAsync(default));
        Assert.Equal(0, await CountFeatureRowsAsync());
    }

    protected static IEnumerable<PointFeatureBlock> Blocks(
        int count,
        int blockRows,
        int? failAtBlock = null,
        Action<int>? beforeBlock = null
    )
    {
        var block = new PointFeatureBlock(blockRows);
        var number = 0;
        for (var i = 0; i < count; i++)
        {
            // The last point has no attributes: stored as NULL, not as an empty object.
            var json = i == count - 1 ? [] : Encoding.UTF8.GetBytes($$"""{"i":{{i}},"naam":"Café {{i}}"}""");
            block.Add(i, 100_000 + i + 0.5, 450_000 + i + 0.25, json);
            if (!block.IsFull && i != count - 1)
            {
                continue;
            }

            if (number == failAtBlock)
            {
                throw new InvalidOperationException($"Block {number} cannot be read.");
            }

            beforeBlock?.Invoke(number);
            number++;
            yield return block;
            block.Clear();
        }
    }
}
