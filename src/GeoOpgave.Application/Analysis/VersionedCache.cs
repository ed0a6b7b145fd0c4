using System.Collections.Concurrent;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// A small, thread-safe cache of values that are expensive to build and valid for one workspace version
/// (see <c>GeoOpgave.Storage.WorkspaceVersion</c>). Concurrent requests for a missing entry share one build; a build
/// that fails or is cancelled is not kept, so the next request tries again. Once a newer version is asked for, the
/// entries of older versions are dropped (nobody asks for them again), and at most <c>capacity</c> entries are kept,
/// the least recently used going first.
/// </summary>
/// <typeparam name="TKey">What, besides the version, the value depends on (null allowed).</typeparam>
/// <typeparam name="TValue">The cached value; shared by every caller, so it must be immutable.</typeparam>
public sealed class VersionedCache<TKey, TValue>
{
    private readonly ConcurrentDictionary<(long Version, TKey Key), Entry> _entries = new();
    private readonly int _capacity;
    private long _newestVersion = long.MinValue;
    private long _clock;

    public VersionedCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>How many entries are held (built or being built).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The value of <paramref name="key"/> at <paramref name="version"/>, built by <paramref name="create"/> when it
    /// is not there yet. <paramref name="create"/> gets the token of the caller that started the build.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TValue> GetAsync(
        long version,
        TKey key,
        Func<CancellationToken, Task<TValue>> create,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(create);
        ForgetOlderThan(version);
        while (true)
        {
            var entry = _entries.GetOrAdd((version, key), _ => new Entry(create, cancellationToken));
            entry.LastUsed = Interlocked.Increment(ref _clock);
            Trim();
            try
            {
                return await entry.Value.Value.WaitAsync(cancellationToken);
            }
            catch (Exception) when (entry.Value.Value.IsFaulted || entry.Value.Value.IsCanceled)
            {
                _entries.TryRemove(new KeyValuePair<(long, TKey), Entry>((version, key), entry));
                // A build started by a caller that has gone away (cancelled, its scope disposed) is no reason to fail
                // this caller: build again. Any other failure is the answer.
                if (!entry.StarterCancelled || cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
            }
        }
    }

    private void ForgetOlderThan(long version)
    {
        var newest = Interlocked.Read(ref _newestVersion);
        while (version > newest)
        {
            var seen = Interlocked.CompareExchange(ref _newestVersion, version, newest);
            if (seen == newest)
            {
                foreach (var key in _entries.Keys.Where(k => k.Version < version))
                {
                    _entries.TryRemove(key, out _);
                }

                return;
            }

            newest = seen;
        }
    }

    private void Trim()
    {
        while (_entries.Count > _capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUsed);
            _entries.TryRemove(oldest);
        }
    }

    private sealed class Entry(Func<CancellationToken, Task<TValue>> create, CancellationToken cancellationToken)
    {
        public Lazy<Task<TValue>> Value { get; } =
            new(() => StartAsync(create, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

        public long LastUsed { get; set; }

        public bool StarterCancelled => cancellationToken.IsCancellationRequested;

        // Async so that an exception thrown before the first await still lands in the task, not in the Lazy.
        private static async Task<TValue> StartAsync(
            Func<CancellationToken, Task<TValue>> create,
            CancellationToken cancellationToken
        ) => await create(cancellationToken);
    }
}
