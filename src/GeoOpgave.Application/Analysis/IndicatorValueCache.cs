using System.Collections.Concurrent;
using GeoOpgave.Core.Indicators;
using GeoOpgave.Storage.Workspace;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// The indicator values of a range of reference years, kept per source (layer or file) between analyses. A table
/// import adds one source, so the first analysis after it reads that source's rows only instead of every value of the
/// workspace again; a deleted layer's source drops out. A source's stamp (count and highest row id, see
/// <see cref="WorkspaceStore.GetIndicatorValueStampsAsync"/>) tells whether its cached values still hold.
/// </summary>
internal sealed class IndicatorValueCache
{
    private readonly ConcurrentDictionary<(string? Source, int From, int To), Part> _parts = new();

    /// <summary>Every value with a reference year from <paramref name="fromYear"/> to <paramref name="toYear"/>, in the order they were stored.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> GetAsync(WorkspaceStore store, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        var stamps = await store.GetIndicatorValueStampsAsync(fromYear, toYear, cancellationToken);
        var parts = new List<Part>(stamps.Count);
        foreach (var (source, count, maxId) in stamps)
        {
            var key = (source, fromYear, toYear);
            if (!_parts.TryGetValue(key, out var part) || part.Ids.Length != count || part.MaxId != maxId)
            {
                var (ids, values) = await store.GetIndicatorValuesOfSourceAsync(source, fromYear, toYear, cancellationToken);
                // Filed under what was read, which a write between the two queries may have moved past the stamp.
                part = _parts[key] = new Part(ids, values);
            }

            parts.Add(part);
        }

        var present = stamps.Select(s => s.Source).ToHashSet();
        foreach (var gone in _parts.Keys.Where(k => k.From == fromYear && k.To == toYear && !present.Contains(k.Source)))
        {
            _parts.TryRemove(gone, out _);
        }

        return Merge(parts);
    }

    // Row id order across sources, as one query ordered by id would give it.
    private static IndicatorValue[] Merge(List<Part> parts)
    {
        var ids = new long[parts.Sum(p => p.Ids.Length)];
        var values = new IndicatorValue[ids.Length];
        var offset = 0;
        foreach (var part in parts)
        {
            part.Ids.CopyTo(ids, offset);
            part.Values.CopyTo(values, offset);
            offset += part.Ids.Length;
        }

        Array.Sort(ids, values);
        return values;
    }

    private sealed record Part(long[] Ids, IndicatorValue[] Values)
    {
        public long MaxId => Ids.Length == 0 ? 0 : Ids[^1];
    }
}
