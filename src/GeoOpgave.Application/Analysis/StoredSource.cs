using GeoOpgave.Core.Areas;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Analysis;

/// <summary>The values of one source with their row ids, and the same split per indicator.</summary>
internal sealed class StoredSource((int Count, long MaxId) stamp, long[] ids, IndicatorValue[] values)
{
    private readonly Lazy<IReadOnlyDictionary<string, ValueSlice>> _byIndicator = new(() => Split(ids, values));

    /// <summary>The stamp the rows were read under.</summary>
    public (int Count, long MaxId) Stamp => stamp;

    public ValueSlice All { get; } = new(ids, values);

    public IReadOnlyDictionary<string, ValueSlice> ByIndicator => _byIndicator.Value;

    // The last indeling asked about with its answer, swapped whole (analyses run at once): every analysis of a year
    // asks with the same code set.
    private Tuple<IReadOnlySet<string>, bool>? _outside;

    /// <summary>Whether a value of this source belongs to a buurt code that is not among
    /// <paramref name="buurtCodes"/>.</summary>
    public bool HasCodesOutside(IReadOnlySet<string> buurtCodes)
    {
        if (_outside is { } known && ReferenceEquals(known.Item1, buurtCodes))
        {
            return known.Item2;
        }

        var outside = values.Any(v =>
            !buurtCodes.Contains(v.AreaCode) && AreaCode.LevelOf(v.AreaCode) == AreaLevel.Buurt
        );
        _outside = Tuple.Create(buurtCodes, outside);
        return outside;
    }

    private static Dictionary<string, ValueSlice> Split(long[] ids, IndicatorValue[] values)
    {
        var groups = new Dictionary<string, (List<long> Ids, List<IndicatorValue> Values)>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (!groups.TryGetValue(values[i].IndicatorId, out var group))
            {
                groups[values[i].IndicatorId] = group = ([], []);
            }

            group.Ids.Add(ids[i]);
            group.Values.Add(values[i]);
        }

        return groups.ToDictionary(
            g => g.Key,
            g => new ValueSlice([.. g.Value.Ids], [.. g.Value.Values]),
            StringComparer.Ordinal
        );
    }
}
