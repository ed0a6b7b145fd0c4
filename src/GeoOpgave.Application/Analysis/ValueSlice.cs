using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Analysis;

/// <summary>Values with their row ids, in id order; compared by reference, so a re-read source makes new
/// slices.</summary>
internal sealed class ValueSlice(long[] ids, IndicatorValue[] values)
{
    public long[] Ids => ids;

    public IndicatorValue[] Values => values;

    /// <summary>The values of these slices in row id order.</summary>
    public static IndicatorValue[] Merge(IReadOnlyList<ValueSlice> slices)
    {
        if (slices.Count == 1)
        {
            return slices[0].Values;
        }

        var allIds = new long[slices.Sum(s => s.Ids.Length)];
        var all = new IndicatorValue[allIds.Length];
        var offset = 0;
        foreach (var slice in slices)
        {
            slice.Ids.CopyTo(allIds, offset);
            slice.Values.CopyTo(all, offset);
            offset += slice.Ids.Length;
        }

        Array.Sort(allIds, all);
        return all;
    }
}
