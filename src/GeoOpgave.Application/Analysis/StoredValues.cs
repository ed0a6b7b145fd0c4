using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Analysis;

/// <summary>The stored indicator values of a range of reference years, one part per source.</summary>
internal sealed class StoredValues(IReadOnlyList<StoredSource> sources)
{
    private readonly Lazy<IndicatorValue[]> _all = new(() => ValueSlice.Merge(sources.Select(s => s.All).ToList()));

    public IReadOnlyList<StoredSource> Sources => sources;

    /// <summary>Every value in row id order, as one query ordered by id would give them.</summary>
    public IReadOnlyList<IndicatorValue> All => _all.Value;

    /// <summary>The rows of one indicator, in row id order.</summary>
    public IReadOnlyList<IndicatorValue> Of(string indicatorId) =>
        ValueSlice.Merge(
            sources.Select(s => s.ByIndicator.GetValueOrDefault(indicatorId)).OfType<ValueSlice>().ToList()
        );
}
