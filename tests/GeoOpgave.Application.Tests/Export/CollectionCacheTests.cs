using GeoOpgave.Application.Export;
using GeoOpgave.Application.Workspace;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoOpgave.Application.Tests.Export;

/// <summary>Each test on a demo workspace of its own, with the export services as the hosts register them.</summary>
public sealed class CollectionCacheTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geoopgave-cache-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new("ConnectionStrings:GeoOpgave", $"Data Source={Path.Combine(_folder, "demo.db")};Pooling=False"),
            ])
            .Build();
        _services = new ServiceCollection()
            .AddGeoOpgaveApplication(configuration)
            .AddGeoOpgaveExport()
            .BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkspaceInitializer>().EnsureReadyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task GetAsync_NoWriteBetween_ReturnsTheSameCollectionAndETag()
    {
        var first = await GetAsync("buurten", null);

        var second = await GetAsync("buurten", null);

        Assert.Same(first, second);
        Assert.InRange(first.Data.Layer.Features.Count, 40, 60);
    }

    [Fact]
    public async Task GetAsync_AfterAWriteByAnIndependentStore_ReloadsWithANewETag()
    {
        var before = await GetAsync("buurten", null);
        var code = (string)before.Data.Layer.Features[0].Attributes["buurtcode"];

        await WorkspaceWrites.RenameBuurtAsync(_services, code, "Hernoemd");
        var after = await GetAsync("buurten", null);

        Assert.NotEqual(before.ETag, after.ETag);
        Assert.True(after.WorkspaceVersion > before.WorkspaceVersion);
        Assert.Equal("Hernoemd", after.Find(code)!.Attributes["buurtnaam"]);
    }

    [Fact]
    public async Task GetAsync_OtherProfielOrCollection_HasAnotherETag()
    {
        var standaard = await GetAsync("buurten", null);
        var vast = await GetAsync("buurten", "vaste-drempels");
        var wijken = await GetAsync("wijken", null);

        Assert.Equal(3, new[] { standaard.ETag, vast.ETag, wijken.ETag }.Distinct(StringComparer.Ordinal).Count());
        Assert.All(vast.Data.Layer.Features, f => Assert.Equal("vaste-drempels", f.Attributes["profiel"]));
    }

    [Fact]
    public async Task GetAsync_UnknownProfiel_ThrowsAndTheNextRequestStillWorks()
    {
        var e = await Assert.ThrowsAsync<GeoOpgaveException>(() => GetAsync("buurten", "bestaat-niet"));

        Assert.Equal("profiel-onbekend", e.Code);
        Assert.NotEmpty((await GetAsync("buurten", null)).Data.Layer.Features);
    }

    private async Task<PublishedCollection> GetAsync(string id, string? profiel)
    {
        await using var scope = _services.CreateAsyncScope();
        var info = await scope
            .ServiceProvider.GetRequiredService<CollectionCatalog>()
            .FindAsync(id, CancellationToken.None);
        var cache = _services.GetRequiredService<CollectionCache>();
        return await cache.GetAsync(info!, profiel, null, CancellationToken.None);
    }
}
