namespace GeoOpgave.Core.Indicators;

/// <summary>
/// The indicator values an analysis uses, looked up by area code and indicator id: at most one known value per
/// pair, with its reference year. Built from the values of one year, or by <see cref="Resolve"/> from values of
/// several years.
/// </summary>
public sealed class IndicatorTable
{
    private readonly Dictionary<(string Area, string Indicator), IndicatorObservation?> _values;

    /// <summary>A table of the values as given (the last of a pair wins); null values are unknown.</summary>
    public IndicatorTable(IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<(string, string), IndicatorObservation?>();
        foreach (var v in values)
        {
            _values[(v.AreaCode, v.IndicatorId)] = Observe(v);
        }
    }

    private IndicatorTable(Dictionary<(string, string), IndicatorObservation?> values) => _values = values;

    /// <summary>
    /// Per area and indicator the newest known value with a reference year from
    /// <paramref name="boundaryYear"/> − <paramref name="maximumAgeYears"/> up to <paramref name="boundaryYear"/>:
    /// an unknown newer value (a CBS release that is not filled yet) does not hide a known older one, and a
    /// value newer than the boundary year or older than the maximum age is never used. Of two values of the same
    /// year, one that belongs to its code as published wins over a converted one; otherwise the later one in
    /// <paramref name="values"/> wins, so a figure the user loaded after the kaart replaces the kaart's figure of
    /// that year.
    /// </summary>
    public static IndicatorTable Resolve(IEnumerable<IndicatorValue> values, int boundaryYear, int maximumAgeYears)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumAgeYears);
        var oldest = boundaryYear - maximumAgeYears;
        var chosen = new Dictionary<(string, string), IndicatorObservation?>();
        foreach (var v in values)
        {
            if (v.Year > boundaryYear || v.Year < oldest)
            {
                continue;
            }

            var key = (v.AreaCode, v.IndicatorId);
            var candidate = Observe(v);
            if (!chosen.TryGetValue(key, out var current) || Better(candidate, current))
            {
                chosen[key] = candidate;
            }
        }

        return new IndicatorTable(chosen);
    }

    /// <summary>The value, or null when it is unknown or was never loaded.</summary>
    public double? Get(string areaCode, string indicatorId) => Observation(areaCode, indicatorId)?.Value;

    /// <summary>The known value with its year and source, or null when it is unknown or was never loaded.</summary>
    public IndicatorObservation? Observation(string areaCode, string indicatorId) =>
        _values.TryGetValue((areaCode, indicatorId), out var value) ? value : null;

    /// <summary>The ids of every indicator that has at least one row.</summary>
    public IReadOnlySet<string> IndicatorIds => _values.Keys.Select(k => k.Indicator).ToHashSet(StringComparer.Ordinal);

    private static IndicatorObservation? Observe(IndicatorValue v) =>
        v.Value is { } value ? new IndicatorObservation(value, v.Year, v.Source, v.ConvertedFrom) : null;

    private static bool Better(IndicatorObservation? candidate, IndicatorObservation? current) =>
        candidate is not null && (current is null
            || candidate.Year > current.Year
            || (candidate.Year == current.Year && (candidate.ConvertedFrom is null || current.ConvertedFrom is not null)));
}
