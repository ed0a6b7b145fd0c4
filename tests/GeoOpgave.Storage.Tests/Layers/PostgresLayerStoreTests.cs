using GeoOpgave.Storage.Layers;
using GeoOpgave.Storage.Tests.TestSupport;
using Npgsql;

namespace GeoOpgave.Storage.Tests.Layers;

public sealed class PostgresLayerStoreTests : LayerStoreTests
{
    private const string FindCopyBackend =
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() " +
        "AND query LIKE 'COPY layer_features%'";

    [Fact]
    public async Task AddLayerAsync_BackendTerminatedMidCopy_LeavesNothingAndRetrySucceeds()
    {
        var store = NewStore();
        var terminated = false;

        await Assert.ThrowsAnyAsync<NpgsqlException>(() =>
            store.AddLayerAsync(Vector("punten"), TerminatingAt(20_000, 5_000, () => terminated = true), default)
        );

        Assert.True(terminated);
        Assert.Empty(await NewStore().ListLayersAsync(default));
        Assert.Equal(0, await CountFeatureRowsAsync());
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'layer_features_%'"));
        var retried = await NewStore().AddLayerAsync(Vector("punten"), Points(20_000), default);
        Assert.Equal(20_000, retried.FeatureCount);
        Assert.Equal(20_000, await CountFeatureRowsAsync());
    }

    [Fact]
    public async Task AddLayersAsync_BackendTerminatedMidPointCopy_LeavesNothingAndRetrySucceeds()
    {
        var terminated = false;
        var blocks = Blocks(20_000, blockRows: 1_000, beforeBlock: n =>
        {
            if (n == 5)
            {
                TerminateCopyBackend();
                terminated = true;
            }
        });

        await Assert.ThrowsAnyAsync<Exception>(() =>
            NewStore().AddLayersAsync([new LayerImport(Vector("punten"), []) { PointBlocks = blocks }], default)
        );

        Assert.True(terminated);
        Assert.Empty(await NewStore().ListLayersAsync(default));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'layer_features_%'"));
        var retried = await NewStore()
            .AddLayersAsync(
                [new LayerImport(Vector("punten"), []) { PointBlocks = Blocks(20_000, blockRows: 1_000) }],
                default
            );
        Assert.Equal(20_000, retried[0].FeatureCount);
        Assert.Equal(20_000, await CountFeatureRowsAsync());
        Assert.Equal(
            20_000L,
            await ScalarAsync(
                "SELECT count(*) FROM layer_features WHERE ST_SRID(geometry) = 28992 AND geometry && ST_MakeEnvelope(100000, 450000, 120000, 470000, 28992)"
            )
        );
    }

    [Fact]
    public async Task AddLayerAsync_Features_HaveSrid28992AndJsonbAttributes()
    {
        var stored = await NewStore().AddLayerAsync(Vector("punten"), Points(3), default);

        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM layer_features WHERE layer_id = @id AND ST_SRID(geometry) = 28992 AND (attributes->>'i')::int >= 0",
            connection);
        command.Parameters.AddWithValue("id", stored.Id);

        Assert.Equal(3L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AddLayerAsync_Features_LandInAnIndexedPartitionThatDeleteDrops()
    {
        var stored = await NewStore().AddLayerAsync(Vector("punten"), Points(100), default);
        var partition = $"layer_features_{stored.Id}";

        var gistIndexes = await ScalarAsync(
            $"SELECT count(*) FROM pg_indexes WHERE tablename = '{partition}' AND indexdef LIKE '%USING gist%'"
        );
        var plan = await ScalarAsync(
            "SELECT count(*) FROM layer_features WHERE geometry && ST_MakeEnvelope(100000, 450000, 100010, 450010, 28992)"
        );
        await NewStore().DeleteLayerAsync(stored.Id, default);

        Assert.Equal(1L, gistIndexes);
        Assert.Equal(11L, plan);
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM pg_tables WHERE tablename = '{partition}'"));
    }

    protected override ITestDatabase NewDatabase() => new PostgresTestDatabase();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private IEnumerable<Storage.Layers.LayerFeature> TerminatingAt(int count, int terminateAt, Action onTerminated)
    {
        var index = 0;
        foreach (var feature in Points(count))
        {
            if (index++ == terminateAt)
            {
                TerminateCopyBackend();
                onTerminated();
            }

            yield return feature;
        }
    }

    private void TerminateCopyBackend()
    {
        using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(Options.ConnectionString) { Pooling = false }.ConnectionString
        );
        connection.Open();
        using var find = new NpgsqlCommand(FindCopyBackend, connection);
        var pid = find.ExecuteScalar() ?? throw new InvalidOperationException("No COPY backend to terminate.");
        using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        terminate.Parameters.AddWithValue("pid", pid);
        terminate.ExecuteScalar();
    }
}
