using System.Collections.Concurrent;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The indicator values of a range of reference years, kept per source (layer or file) between analyses, and the
/// columns resolved from them. A table import adds or replaces one source, so the first analysis after it reads that
/// source's rows only instead of every value of the workspace again, and resolves only the indicators that source
/// holds; every other indicator keeps its column. A source's stamp (count and highest row id, see
/// <see cref="WorkspaceStore.GetIndicatorValueStampsAsync"/>) tells whether its cached values still hold.
/// </summary>
internal sealed class IndicatorValueCache
{
    private readonly ConcurrentDictionary<(string? Source, int From, int To), StoredSource> _sources = new();
    private readonly ConcurrentDictionary<
        (string Indicator, int BoundaryYear, int MaximumAge),
        ResolvedColumn
    > _columns = new();

    /// <summary>Every value with a reference year from <paramref name="fromYear"/> to <paramref name="toYear"/>, per
    /// source.</summary>
    public async Task<StoredValues> GetAsync(
        WorkspaceStore store,
        int fromYear,
        int toYear,
        CancellationToken cancellationToken
    )
    {
        var stamps = await store.GetIndicatorValueStampsAsync(cancellationToken);
        var sources = new List<StoredSource>(stamps.Count);
        foreach (var (source, count, maxId) in stamps)
        {
            var key = (source, fromYear, toYear);
            if (!_sources.TryGetValue(key, out var part) || part.Stamp != (count, maxId))
            {
                var (ids, values) = await store.GetIndicatorValuesOfSourceAsync(
                    source,
                    fromYear,
                    toYear,
                    cancellationToken
                );
                // Filed under the stamp read before the rows: a write in between makes the next analysis read it again.
                part = _sources[key] = new StoredSource((count, maxId), ids, values);
            }

            sources.Add(part);
        }

        var present = stamps.Select(s => s.Source).ToHashSet();
        foreach (
            var gone in _sources.Keys.Where(k => k.From == fromYear && k.To == toYear && !present.Contains(k.Source))
        )
        {
            _sources.TryRemove(gone, out _);
        }

        return new StoredValues(sources);
    }

    /// <summary>
    /// The table <see cref="IndicatorTable.Resolve"/> gives on <paramref name="values"/> (without
    /// <paramref name="except"/>), resolving again only the indicators whose rows changed since the last call.
    /// </summary>
    public IndicatorTable Resolve(StoredValues values, int boundaryYear, int maximumAgeYears, string? except = null)
    {
        var slicesById = new Dictionary<string, List<ValueSlice>>(StringComparer.Ordinal);
        foreach (var source in values.Sources)
        {
            foreach (var (id, slice) in source.ByIndicator)
            {
                if (id == except)
                {
                    continue;
                }

                if (!slicesById.TryGetValue(id, out var slices))
                {
                    slicesById[id] = slices = [];
                }

                slices.Add(slice);
            }
        }

        var columns = new List<IndicatorColumn>(slicesById.Count);
        foreach (var (id, slices) in slicesById)
        {
            var key = (id, boundaryYear, maximumAgeYears);
            if (!_columns.TryGetValue(key, out var resolved) || !resolved.Slices.SequenceEqual(slices))
            {
                resolved = _columns[key] = new ResolvedColumn(
                    slices,
                    IndicatorColumn.Resolve(id, ValueSlice.Merge(slices), boundaryYear, maximumAgeYears)
                );
            }

            if (resolved.Column.Count > 0)
            {
                columns.Add(resolved.Column);
            }
        }

        foreach (
            var gone in _columns.Keys.Where(k =>
                k.BoundaryYear == boundaryYear
                && k.MaximumAge == maximumAgeYears
                && !slicesById.ContainsKey(k.Indicator)
            )
        )
        {
            _columns.TryRemove(gone, out _);
        }

        return IndicatorTable.Of(columns);
    }

    private sealed record ResolvedColumn(IReadOnlyList<ValueSlice> Slices, IndicatorColumn Column);
}
