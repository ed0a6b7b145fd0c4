using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GeoOpgave.Core.Indicators;

namespace GeoOpgave.Application.Analysis;

/// <summary>
/// One buurt's values of the profile's indicators, read from the analysis' table when asked: a national analysis
/// would otherwise copy 14,000 dictionaries that only a panel or an export ever opens.
/// </summary>
internal sealed class BuurtIndicatorValues(IndicatorTable table, string code, IReadOnlyList<string> ids)
    : IReadOnlyDictionary<string, double?>
{
    public double? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => ids;

    public IEnumerable<double?> Values => ids.Select(id => table.Get(code, id));

    public int Count => ids.Count;

    public bool ContainsKey(string key) => ids.Contains(key, StringComparer.Ordinal);

    public bool TryGetValue(string key, out double? value)
    {
        var known = ContainsKey(key);
        value = known ? table.Get(code, key) : null;
        return known;
    }

    public IEnumerator<KeyValuePair<string, double?>> GetEnumerator() =>
        ids.Select(id => KeyValuePair.Create(id, table.Get(code, id))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The known values among <see cref="BuurtIndicatorValues"/>, with year, source and conversion.</summary>
internal sealed class BuurtObservations(IndicatorTable table, string code, IReadOnlyList<string> ids)
    : IReadOnlyDictionary<string, IndicatorObservation>
{
    private IEnumerable<KeyValuePair<string, IndicatorObservation>> Known =>
        ids.Select(id => (Id: id, Observation: table.Observation(code, id)))
            .Where(x => x.Observation is not null)
            .Select(x => KeyValuePair.Create(x.Id, x.Observation!));

    public IndicatorObservation this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => Known.Select(p => p.Key);

    public IEnumerable<IndicatorObservation> Values => Known.Select(p => p.Value);

    public int Count => Known.Count();

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IndicatorObservation value)
    {
        value = ids.Contains(key, StringComparer.Ordinal) ? table.Observation(code, key) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IndicatorObservation>> GetEnumerator() => Known.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
