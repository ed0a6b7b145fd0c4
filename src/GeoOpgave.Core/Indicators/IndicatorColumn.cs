using System.Runtime.InteropServices;
using GeoOpgave.Core.Areas;

namespace GeoOpgave.Core.Indicators;

/// <summary>
/// The values of one indicator by area code: at most one per area, with its reference year; null where the area
/// has rows that are all unknown. An <see cref="IndicatorTable"/> is a set of columns, so that a caller who knows one
/// indicator's rows did not change can keep its column instead of resolving it again.
/// </summary>
public sealed class IndicatorColumn
{
    private readonly Dictionary<string, IndicatorObservation?> _values;

    private IndicatorColumn(string indicatorId, Dictionary<string, IndicatorObservation?> values)
    {
        IndicatorId = indicatorId;
        _values = values;
    }

    /// <summary>The indicator this column holds.</summary>
    public string IndicatorId { get; }

    /// <summary>How many areas have a row of this indicator, known or not.</summary>
    public int Count => _values.Count;

    /// <summary>The known value with its year and source, or null when it is unknown or was never loaded.</summary>
    public IndicatorObservation? Observation(string areaCode) => _values.GetValueOrDefault(areaCode);

    // The values in the order of the last area list asked for, swapped whole: analyses of one year ask with the same
    // list, so a column that did not change is looked up once, not once per analysis.
    private Tuple<IReadOnlyList<Area>, double[]>? _aligned;

    /// <summary>
    /// The value per area of <paramref name="areas"/>, in their order; NaN where it is unknown or not finite. The
    /// array is shared by every caller that asks with the same list: read it, do not change it.
    /// </summary>
    public double[] Aligned(IReadOnlyList<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (_aligned is { } cached && ReferenceEquals(cached.Item1, areas))
        {
            return cached.Item2;
        }

        var values = new double[areas.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Observation(areas[i].Code)?.Value is { } v && double.IsFinite(v) ? v : double.NaN;
        }

        _aligned = Tuple.Create(areas, values);
        return values;
    }

    /// <summary>The values of one indicator as given: the last of an area wins; null values are unknown.</summary>
    public static IndicatorColumn Of(string indicatorId, IReadOnlyList<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var column = new Dictionary<string, IndicatorObservation?>(values.Count, StringComparer.Ordinal);
        foreach (var v in values)
        {
            column[v.AreaCode] = Observe(v);
        }

        return new IndicatorColumn(indicatorId, column);
    }

    /// <summary>
    /// Per area the newest known value of one indicator, by the rule of <see cref="IndicatorTable.Resolve"/>;
    /// <paramref name="values"/> are that indicator's rows in the order they were stored.
    /// </summary>
    public static IndicatorColumn Resolve(
        string indicatorId,
        IReadOnlyList<IndicatorValue> values,
        int boundaryYear,
        int maximumAgeYears
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumAgeYears);
        var oldest = IndicatorTable.OldestUsableYear(boundaryYear, maximumAgeYears);
        var chosen = new Dictionary<string, IndicatorObservation?>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (v.Year > boundaryYear || v.Year < oldest)
            {
                continue;
            }

            ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(chosen, v.AreaCode, out var exists);
            if (!exists || Better(v, current))
            {
                current = Observe(v);
            }
        }

        return new IndicatorColumn(indicatorId, chosen);
    }

    private static IndicatorObservation? Observe(IndicatorValue v) =>
        v.Value is { } value ? new IndicatorObservation(value, v.Year, v.Source, v.ConvertedFrom) : null;

    // A newer known value wins; of the same year one that belongs to its code as published beats a converted one,
    // and otherwise the later row.
    private static bool Better(IndicatorValue candidate, IndicatorObservation? current) =>
        candidate.Value is not null && (current is null
            || candidate.Year > current.Year
            || (
                candidate.Year == current.Year && (candidate.ConvertedFrom is null || current.ConvertedFrom is not null)
            )
        );
}
