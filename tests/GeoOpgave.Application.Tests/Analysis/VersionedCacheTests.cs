using GeoOpgave.Application.Analysis;

namespace GeoOpgave.Application.Tests.Analysis;

public sealed class VersionedCacheTests
{
    [Fact]
    public async Task GetAsync_ConcurrentMisses_BuildOnce()
    {
        var cache = new VersionedCache<string, object>(capacity: 4);
        var builds = 0;
        var gate = new TaskCompletionSource();

        var calls = Enumerable.Range(0, 8).Select(_ => cache.GetAsync(1, "buurten", async _ =>
        {
            Interlocked.Increment(ref builds);
            await gate.Task;
            return new object();
        }, CancellationToken.None)).ToList();
        gate.SetResult();
        var values = await Task.WhenAll(calls);

        Assert.Equal(1, builds);
        Assert.All(values, v => Assert.Same(values[0], v));
    }

    [Fact]
    public async Task GetAsync_FailedBuild_IsNotKept()
    {
        var cache = new VersionedCache<string, string>(capacity: 4);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetAsync(1, "k", _ => throw new InvalidOperationException("kapot"), CancellationToken.None));
        var value = await cache.GetAsync(1, "k", _ => Task.FromResult("goed"), CancellationToken.None);

        Assert.Equal("goed", value);
    }

    [Fact]
    public async Task GetAsync_NewerVersion_DropsOlderEntriesAndBuildsAgain()
    {
        var cache = new VersionedCache<string, string>(capacity: 4);
        await cache.GetAsync(1, "a", _ => Task.FromResult("a1"), CancellationToken.None);
        await cache.GetAsync(1, "b", _ => Task.FromResult("b1"), CancellationToken.None);

        var value = await cache.GetAsync(2, "a", _ => Task.FromResult("a2"), CancellationToken.None);

        Assert.Equal("a2", value);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task GetAsync_MoreKeysThanCapacity_KeepsTheMostRecentlyUsed()
    {
        var cache = new VersionedCache<int, int>(capacity: 2);
        await cache.GetAsync(1, 1, _ => Task.FromResult(1), CancellationToken.None);
        await cache.GetAsync(1, 2, _ => Task.FromResult(2), CancellationToken.None);
        await cache.GetAsync(1, 1, _ => Task.FromResult(-1), CancellationToken.None);

        await cache.GetAsync(1, 3, _ => Task.FromResult(3), CancellationToken.None);

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, await cache.GetAsync(1, 1, _ => Task.FromResult(-1), CancellationToken.None));
        Assert.Equal(-2, await cache.GetAsync(1, 2, _ => Task.FromResult(-2), CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_StarterCancelled_OtherCallerBuildsAgain()
    {
        var cache = new VersionedCache<string, string>(capacity: 4);
        using var starter = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var first = cache.GetAsync(1, "k", async token =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return "nooit";
        }, starter.Token);
        await started.Task;
        var second = cache.GetAsync(1, "k", _ => Task.FromResult("tweede"), CancellationToken.None);

        await starter.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("tweede", await second);
    }
}
