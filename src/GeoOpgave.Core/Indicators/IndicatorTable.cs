namespace GeoOpgave.Core.Indicators;

/// <summary>Indicator values of one year, looked up by area code and indicator id.</summary>
public sealed class IndicatorTable
{
    private readonly Dictionary<(string Area, string Indicator), double?> _values;

    public IndicatorTable(IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<(string, string), double?>();
        foreach (var v in values)
        {
            _values[(v.AreaCode, v.IndicatorId)] = v.Value;
        }
    }

    /// <summary>The value, or null when it is unknown or was never loaded.</summary>
    public double? Get(string areaCode, string indicatorId) =>
        _values.TryGetValue((areaCode, indicatorId), out var value) ? value : null;

    /// <summary>The ids of every indicator that has at least one row.</summary>
    public IReadOnlySet<string> IndicatorIds => _values.Keys.Select(k => k.Indicator).ToHashSet(StringComparer.Ordinal);
}
