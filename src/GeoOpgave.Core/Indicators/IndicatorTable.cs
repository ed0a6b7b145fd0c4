namespace GeoOpgave.Core.Indicators;

/// <summary>
/// The indicator values an analysis uses, looked up by area code and indicator id: at most one known value per
/// pair, with its reference year. Built from the values of one year, by <see cref="Resolve"/> from values of
/// several years, or from columns resolved one indicator at a time.
/// </summary>
public sealed class IndicatorTable
{
    private readonly Dictionary<string, IndicatorColumn> _columns;

    /// <summary>A table of the values as given (the last of a pair wins); null values are unknown.</summary>
    public IndicatorTable(IEnumerable<IndicatorValue> values)
        : this(ByIndicator(values).Select(g => IndicatorColumn.Of(g.Key, g.Value)))
    {
    }

    private IndicatorTable(IEnumerable<IndicatorColumn> columns)
    {
        _columns = new Dictionary<string, IndicatorColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            _columns[column.IndicatorId] = column;
        }
    }

    /// <summary>A table of these columns; of two columns of one indicator the last wins.</summary>
    public static IndicatorTable Of(IEnumerable<IndicatorColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new IndicatorTable(columns);
    }

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
        ArgumentOutOfRangeException.ThrowIfNegative(maximumAgeYears);
        return Of(ByIndicator(values)
            .Select(g => IndicatorColumn.Resolve(g.Key, g.Value, boundaryYear, maximumAgeYears))
            .Where(c => c.Count > 0));
    }

    /// <summary>
    /// The oldest reference year <see cref="Resolve"/> uses for <paramref name="boundaryYear"/>; values of a later
    /// year than <paramref name="boundaryYear"/> are never used either.
    /// </summary>
    public static int OldestUsableYear(int boundaryYear, int maximumAgeYears) => boundaryYear - maximumAgeYears;

    /// <summary>The value, or null when it is unknown or was never loaded.</summary>
    public double? Get(string areaCode, string indicatorId) => Observation(areaCode, indicatorId)?.Value;

    /// <summary>The known value with its year and source, or null when it is unknown or was never loaded.</summary>
    public IndicatorObservation? Observation(string areaCode, string indicatorId) =>
        _columns.TryGetValue(indicatorId, out var column) ? column.Observation(areaCode) : null;

    /// <summary>The column of one indicator, or null when it has no row.</summary>
    public IndicatorColumn? Column(string indicatorId) => _columns.GetValueOrDefault(indicatorId);

    /// <summary>The ids of every indicator that has at least one row.</summary>
    public IReadOnlySet<string> IndicatorIds => _columns.Keys.ToHashSet(StringComparer.Ordinal);

    // Each indicator's rows, in the order given.
    private static Dictionary<string, List<IndicatorValue>> ByIndicator(IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var groups = new Dictionary<string, List<IndicatorValue>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (!groups.TryGetValue(v.IndicatorId, out var group))
            {
                groups[v.IndicatorId] = group = [];
            }

            group.Add(v);
        }

        return groups;
    }
}
